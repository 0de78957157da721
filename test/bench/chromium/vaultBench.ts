// Bench page for test/bench/vaultChromium.bench.ts: the vault's costs in real Chromium, on real
// (on-disk, LevelDB-backed) IndexedDB, through the vault's public API only. Same records as
// vault.bench.ts: 10,000 runbook steps of ~500 bytes of JSON each.
import Dexie from 'dexie';
import { verifyAgainstHead } from '../../../renderer/src/domain/audit';
import { AUDIT_HEAD_ID, PlanStore } from '../../../renderer/src/store';
import { argon2idKdf, DEFAULT_KDF, openVault, workerKdf, type StoredRecord, type Vault } from '../../../renderer/src/vault';
import { enableFastSha512 } from '../../../renderer/src/domain/canonical';
import { makeAuditTrail, makeBenchRecords } from '../benchRecords';

const COUNT = 10_000;
const AUDIT_EVENTS = 100_000;
const RUNS = 5;
const WARMUPS = 1;
const PASSPHRASE = 'bench passphrase with some length';
/** The vault's own `records` schema, so the plain table indexes exactly what the vault's does. */
const SCHEMA = { records: 'id, kind, parentId, updatedAt' };

export interface VaultBenchResult {
  recordCount: number;
  recordBytes: number;
  /** (a) vault.commit of all records in one commit: validate, normalise, seal, one IndexedDB transaction. */
  encryptedWriteMs: number;
  /** (b) plain Dexie bulkPut of the same records, same durability as the vault ('strict'). */
  plainWriteMs: number;
  /** (b') the same bulkPut with Dexie's and Chromium's default durability, for reference. */
  plainWriteDefaultDurabilityMs: number;
  /** (c) lock() + unlock(passphrase) of the 10,000-record vault: worker KDF + read + decrypt all. */
  unlockMs: number;
  /** (d) argon2idKdf at DEFAULT_KDF on the page's main thread. */
  kdfMainThreadMs: number;
  /** (d') workerKdf at DEFAULT_KDF: what openVault uses in the browser (worker start + WASM + KDF). */
  kdfWorkerMs: number;
  auditEvents: number;
  /**
   * (e) unlock (KDF in a worker, as the app) + read + decrypt every row + verify the trail, for a
   * real vault on disk holding the 100,000 events: what a person waits for after typing the
   * passphrase and then pressing "Verify audit trail".
   */
  auditUnlockVerifyMs: number;
  userAgent: string;
}

declare global {
  interface Window {
    runVaultBench: () => Promise<VaultBenchResult>;
  }
}

function middle(times: number[]): number {
  const sorted = [...times].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timed(section: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await section();
  return performance.now() - start;
}

/** Each run times only its own critical section, so per-run set-up stays out of the figure. */
async function median(task: () => Promise<number>): Promise<number> {
  for (let i = 0; i < WARMUPS; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await task());
  return middle(times);
}

/** Interleaved, alternating which goes first, so load drift and GC debt land on every side alike. */
async function interleavedMedians<T extends (() => Promise<number>)[]>(...tasks: T): Promise<{ [K in keyof T]: number }> {
  for (let i = 0; i < WARMUPS; i++) for (const task of tasks) await task();
  const times: number[][] = tasks.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const order = tasks.map((_, j) => j);
    if (i % 2 === 1) order.reverse();
    for (const j of order) times[j]!.push(await tasks[j]!());
  }
  return times.map(middle) as { [K in keyof T]: number };
}

const makeRecords = (): StoredRecord[] => makeBenchRecords(COUNT);

let dbCounter = 0;
const dbName = (label: string) => `bench-vault-${label}-${Date.now()}-${++dbCounter}`;

const putAll = (records: StoredRecord[]) => ({ put: records.map((record) => ({ table: 'records' as const, record })) });

/** A vault as the app opens one: default KDF (workerKdf in a browser) at DEFAULT_KDF. */
async function newVault(name: string): Promise<Vault> {
  const vault = await openVault({ dbName: name });
  await vault.create(PASSPHRASE);
  return vault;
}

window.runVaultBench = async (): Promise<VaultBenchResult> => {
  const records = makeRecords();
  const recordBytes = new TextEncoder().encode(JSON.stringify(records)).length / COUNT;

  const encryptedWrite = async (): Promise<number> => {
    const name = dbName('write');
    const vault = await newVault(name);
    // The change object is built outside the timed section, as vault.bench.ts does.
    const change = putAll(records);
    const ms = await timed(() => vault.commit(change));
    if (vault.all('records').length !== COUNT) throw new Error('commit lost records');
    vault.lock();
    await Dexie.delete(name);
    return ms;
  };
  const plainWrite = (options: ConstructorParameters<typeof Dexie>[1]) => async (): Promise<number> => {
    const name = dbName('plain');
    const db = new Dexie(name, options);
    db.version(1).stores(SCHEMA);
    await db.open();
    const table = db.table('records');
    const ms = await timed(() => db.transaction('rw', table, () => table.bulkPut(records)));
    if ((await table.count()) !== COUNT) throw new Error('bulkPut lost records');
    db.close();
    await Dexie.delete(name);
    return ms;
  };
  // The vault's database is opened with chromeTransactionDurability 'strict' and Dexie's cache off
  // (renderer/src/vault/database.ts); the plain table gets the same, so the ratio is the vault's
  // own cost and not a durability difference. The default-durability run is reported beside it.
  const [encryptedWriteMs, plainWriteMs, plainWriteDefaultDurabilityMs] = await interleavedMedians(
    encryptedWrite,
    plainWrite({ chromeTransactionDurability: 'strict', cache: 'disabled' }),
    plainWrite(undefined),
  );

  const name = dbName('unlock');
  const vault = await newVault(name);
  await vault.commit(putAll(records));
  const unlockMs = await median(async () => {
    const ms = await timed(async () => {
      vault.lock();
      await vault.unlock(PASSPHRASE);
    });
    if (vault.all('records').length !== COUNT) throw new Error('unlock lost records');
    return ms;
  });
  vault.lock();
  await Dexie.delete(name);

  const salt = () => crypto.getRandomValues(new Uint8Array(16));
  const kdfMainThreadMs = await median(() => timed(() => argon2idKdf(PASSPHRASE, { ...DEFAULT_KDF, salt: salt() })));
  const inWorker = workerKdf();
  const kdfWorkerMs = await median(() => timed(() => inWorker(PASSPHRASE, { ...DEFAULT_KDF, salt: salt() })));

  // As the plan store does when it opens: verification uses hash-wasm's SHA-512.
  await enableFastSha512();
  const events = makeAuditTrail(AUDIT_EVENTS);

  const auditDb = dbName('audit');
  const writer = await newVault(auditDb);
  // Committed as the store writes them: events with the chain head, in batches.
  for (let i = 0; i < events.length; i += 10_000) {
    const batch = events.slice(i, i + 10_000);
    const last = batch.at(-1)!;
    const head: StoredRecord = { id: AUDIT_HEAD_ID, kind: 'audit-head', updatedAt: last.at, seq: last.seq, hash: last.hash };
    await writer.commit({ put: [...batch.map((e) => ({ table: 'audit' as const, record: e })), { table: 'audit', record: head }] });
  }
  writer.lock();
  const auditUnlockVerifyMs = await median(async () => {
    const vault = await openVault({ dbName: auditDb });
    const store = new PlanStore(vault);
    const ms = await timed(async () => {
      await vault.unlock(PASSPHRASE);
      const verdict = verifyAgainstHead(store.auditEvents(), store.auditHead());
      if (!verdict.ok || verdict.head.seq !== AUDIT_EVENTS) throw new Error('benchmark trail did not verify');
    });
    vault.lock();
    return ms;
  });
  await Dexie.delete(auditDb);

  return {
    auditUnlockVerifyMs,
    auditEvents: AUDIT_EVENTS,
    recordCount: COUNT,
    recordBytes,
    encryptedWriteMs,
    plainWriteMs,
    plainWriteDefaultDurabilityMs,
    unlockMs,
    kdfMainThreadMs,
    kdfWorkerMs,
    userAgent: navigator.userAgent,
  };
};
