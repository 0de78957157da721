// Vault costs on fake-indexeddb (Node): the KDF at default parameters, sealing and writing 10,000
// records of ~500 bytes in one commit against a plain Dexie bulkPut of the same records, and a
// full unlock (KDF + decrypting every row). Targets: unlock < 1000 ms, encrypted write ≤ 2× plain.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import nacl from 'tweetnacl';
import { argon2idKdf, DEFAULT_KDF, KDF_FLOOR, openVault, type StoredRecord } from '../../renderer/src/vault';
import { checkChange } from '../../renderer/src/vault/change';
import { sealRecord } from '../../renderer/src/vault/recordCipher';
import { makeBenchRecords } from './benchRecords';

const COUNT = 10_000;
const RUNS = 5;
const PAIRED_RUNS = 9;
const WARMUPS = 1;
const PASSPHRASE = 'bench passphrase with some length';
const SCHEMA = { records: 'id, kind, parentId, updatedAt' };

/** Each run times only its own critical section, so per-run set-up stays out of the figure. */
async function median(task: () => Promise<number>): Promise<number> {
  for (let i = 0; i < WARMUPS; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await task());
  return middle(times);
}

async function pairedMedians(a: () => Promise<number>, b: () => Promise<number>): Promise<[number, number]> {
  for (let i = 0; i < WARMUPS; i++) await Promise.resolve().then(a).then(b);
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < PAIRED_RUNS; i++) {
    if (i % 2 === 0) {
      as.push(await a());
      bs.push(await b());
    } else {
      bs.push(await b());
      as.push(await a());
    }
  }
  return [middle(as), middle(bs)];
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

const makeRecords = (): StoredRecord[] => makeBenchRecords(COUNT);

let dbCounter = 0;
const dbName = (label: string) => `bench-vault-${label}-${++dbCounter}`;

export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  const records = makeRecords();
  const bytes = new TextEncoder().encode(JSON.stringify(records)).length / COUNT;
  record('vault: record size (JSON)', bytes, 'bytes');

  const kdfMs = await median(() =>
    timed(() => argon2idKdf(PASSPHRASE, { ...DEFAULT_KDF, salt: crypto.getRandomValues(new Uint8Array(16)) })),
  );
  record('vault: Argon2id KDF at default (64 MiB, t=3, p=1)', kdfMs, 'ms');

  const floor = { algorithm: 'argon2id' as const, ...KDF_FLOOR, parallelism: 1 };
  const encryptedWrite = async (): Promise<number> => {
    const name = dbName('write');
    const vault = await openVault({ dbName: name, kdf: argon2idKdf, kdfParams: floor });
    await vault.create(PASSPHRASE);
    const ms = await timed(() => vault.commit({ put: records.map((r) => ({ table: 'records' as const, record: r })) }));
    vault.lock();
    await Dexie.delete(name);
    return ms;
  };
  const plainWrite = async (): Promise<number> => {
    const name = dbName('plain');
    const db = new Dexie(name);
    db.version(1).stores(SCHEMA);
    await db.open();
    const ms = await timed(() => db.transaction('rw', db.table('records'), () => db.table('records').bulkPut(records)));
    db.close();
    await Dexie.delete(name);
    return ms;
  };
  // Interleaved, alternating which goes first, so drift in machine load and GC debt from the
  // previous run land on both sides alike; the ratio is of the two medians.
  const [encryptedMs, plainMs] = await pairedMedians(encryptedWrite, plainWrite);
  record(`vault: encrypt + write ${COUNT} records, one commit`, encryptedMs, 'ms');
  record(`vault: plain Dexie bulkPut ${COUNT} records`, plainMs, 'ms');
  record('vault: encrypted write / plain write (target ≤ 2)', encryptedMs / plainMs, 'ratio');

  // Where the difference goes: validating and normalising the records (zod + canonical copy),
  // and sealing them (tweetnacl's XSalsa20-Poly1305 over ~600 bytes of plaintext each).
  const change = { put: records.map((r) => ({ table: 'records' as const, record: r })) };
  record(`vault: of which validate + normalise ${COUNT}`, await median(() => timed(async () => checkChange(change))), 'ms');
  const key = nacl.randomBytes(32);
  const normalised = checkChange(change).puts.map((p) => p.record);
  const sealAll = async (): Promise<void> => {
    const nonces = nacl.randomBytes(24 * COUNT);
    normalised.forEach((r, i) => sealRecord(key, 'records', r, nonces.subarray(i * 24, i * 24 + 24)));
  };
  record(`vault: of which seal ${COUNT} (secretbox)`, await median(() => timed(sealAll)), 'ms');

  const name = dbName('unlock');
  const vault = await openVault({ dbName: name, kdf: argon2idKdf, kdfParams: DEFAULT_KDF });
  await vault.create(PASSPHRASE);
  await vault.commit({ put: records.map((r) => ({ table: 'records' as const, record: r })) });
  const unlockMs = await median(async () => {
    vault.lock();
    const ms = await timed(() => vault.unlock(PASSPHRASE));
    if (vault.all('records').length !== COUNT) throw new Error('unlock lost records');
    return ms;
  });
  vault.lock();
  await Dexie.delete(name);
  record(`vault: unlock + decrypt ${COUNT} records incl. KDF (target < 1000)`, unlockMs, 'ms');
}
