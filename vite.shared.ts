import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const __dirname = dirname(fileURLToPath(import.meta.url));
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { lifeboatThemePlugin } from './themeCss.ts';

/** The renderer is built the same way for Electron and for browser mode. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), lifeboatThemePlugin()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, outDir),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  };
}
