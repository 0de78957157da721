import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.ts';

/** Browser mode: the same renderer as a plain web page, served on 127.0.0.1. */
export default defineConfig({
  ...rendererConfig('dist-web'),
  preview: { host: '127.0.0.1', port: 4317, strictPort: true },
  server: { host: '127.0.0.1', port: 4317, strictPort: true },
});
