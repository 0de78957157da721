#!/usr/bin/env node
// npm start: build with electron-vite, then run Electron on the built app.
// npm run dev (start.mjs --dev): electron-vite dev, with the renderer on a loopback dev server.
// Without the Electron binary it says so in one sentence and exits 1.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.slice(2).includes('--dev');

function fail(sentence, code = 1) {
  process.stderr.write(`${sentence}\n`);
  process.exit(code);
}

/** Runs a command with inherited stdio; resolves to its exit code. Ctrl+C is passed on. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => fail(`Could not run ${path.basename(command)}: ${error.message}.`));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main() {
  const electron = findElectronBinary();
  if (!electron) fail(MISSING_ELECTRON_MESSAGE);

  const electronVite = path.join(path.dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // Electron must run as Electron, whatever the calling shell exported.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;

  if (dev) process.exit(await run(process.execPath, [electronVite, 'dev'], env));

  const built = await run(process.execPath, [electronVite, 'build'], env);
  if (built !== 0) process.exit(built);
  process.exit(await run(electron, [root], env));
}

main().catch((error) => fail(`Lifeboat could not start: ${error instanceof Error ? error.message : String(error)}`));
