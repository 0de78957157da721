import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

export const E2E_PORT = 4327;
let server: PreviewServer | undefined;

/** Builds the browser-mode page once and serves it on loopback for every e2e file. */
export async function setup(project: TestProject): Promise<void> {
  await build({ configFile: 'vite.web.config.ts', logLevel: 'warn', build: { outDir: resolve('dist-e2e') } });
  server = await preview({ configFile: 'vite.web.config.ts', build: { outDir: resolve('dist-e2e') }, preview: { host: '127.0.0.1', port: E2E_PORT, strictPort: true } });
  project.provide('baseUrl', `http://127.0.0.1:${E2E_PORT}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
