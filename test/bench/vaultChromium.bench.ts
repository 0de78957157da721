// Vault costs in real Chromium on real IndexedDB, beside vault.bench.ts's fake-indexeddb figures,
// where plain writes are unrealistically cheap. Builds test/bench/chromium (a page that imports
// only the vault's public API and Dexie), serves it on a free loopback port and calls its
// window.runVaultBench(): medians of 5 after 1 warm-up, each write run on a fresh database.
import type { VaultBenchResult } from './chromium/vaultBench';
import { launchChromium, openBenchPage } from './chromiumPage';

export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  const browser = await launchChromium();
  try {
    const { page, errors, close } = await openBenchPage(browser, 'index.html', 'dist-bench-vault');
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
    record(`Chromium: governance: unlock (KDF in a worker) + read + decrypt + verify ${result.auditEvents.toLocaleString('en')} audit events of a real vault (target < 2000)`, result.auditUnlockVerifyMs, 'ms');
    await close();
  } finally {
    await browser.close();
  }
}
