#!/usr/bin/env node
// Browser mode: build the renderer as a plain web page and serve it on loopback only.
import { build, preview } from 'vite';

await build({ configFile: 'vite.web.config.ts', logLevel: 'warn' });
const server = await preview({ configFile: 'vite.web.config.ts' });
console.log('Lifeboat is running in browser mode at http://127.0.0.1:4317/ — open it in your browser. Press Ctrl+C to stop.');
process.on('SIGINT', () => server.close().then(() => process.exit(0)));
