// Vault costs in real Chromium on real IndexedDB, beside vault.bench.ts's fake-indexeddb figures,
// where plain writes are unrealistically cheap. Builds test/bench/chromium (a page that imports
// only the vault's public API and Dexie), serves it on a free loopback port and calls its
// window.runVaultBench(): medians of 5 after 1 warm-up, each write run on a fresh database.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build, preview, type InlineConfig } from 'vite';
import { chromium } from 'playwright-core';
import type { VaultBenchResult } from './chromium/vaultBench';

const OUT = resolve('dist-bench-vault');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const config: InlineConfig = {
  configFile: false,
  root: resolve('test/bench/chromium'),
  base: './',
  logLevel: 'error',
  // As the app builds its workers (vite.shared.ts): the KDF runs in a module worker.
  worker: { format: 'es' },
  build: { outDir: OUT, emptyOutDir: true, target: 'es2022' },
};

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? done(port) : fail(new Error('no free port'))));
    });
  });
}

export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  await build(config);
  const port = await freePort();
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runVaultBench === 'function');
    let result: VaultBenchResult;
    try {
      result = await page.evaluate(() => window.runVaultBench());
    } catch (error) {
      throw new Error(`runVaultBench failed${errors.length > 0 ? ` (page errors: ${errors.join('; ')})` : ''}`, { cause: error });
    }
    const n = result.recordCount;
    record('Chromium: vault: record size (JSON)', result.recordBytes, 'bytes');
    record(`Chromium: vault: encrypt + write ${n} records, one commit`, result.encryptedWriteMs, 'ms');
    record(`Chromium: vault: plain Dexie bulkPut ${n} records (strict durability, as the vault)`, result.plainWriteMs, 'ms');
    record('Chromium: vault: encrypted write / plain write (target ≤ 2)', result.encryptedWriteMs / result.plainWriteMs, 'ratio');
    record(`Chromium: vault: plain Dexie bulkPut ${n} records (default durability)`, result.plainWriteDefaultDurabilityMs, 'ms');
    record(`Chromium: vault: lock + unlock + decrypt ${n} records incl. KDF (target < 1000)`, result.unlockMs, 'ms');
    record('Chromium: vault: Argon2id KDF at default, main thread (argon2idKdf)', result.kdfMainThreadMs, 'ms');
    record('Chromium: vault: Argon2id KDF at default, Web Worker (workerKdf, as unlock)', result.kdfWorkerMs, 'ms');
  } finally {
    await browser.close();
    await server.close();
  }
}
