import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from '../chromium';

let server: PreviewServer | undefined;
// Per run, so two e2e runs on one machine never share a build or a port.
const outDir = resolve(`dist-e2e-${process.pid}`);


/** Builds the browser-mode page once and serves it on loopback for every e2e file. */
export async function setup(project: TestProject): Promise<void> {
  await build({ configFile: 'vite.web.config.ts', logLevel: 'warn', build: { outDir } });
  const port = await freePort();
  server = await preview({ configFile: 'vite.web.config.ts', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
