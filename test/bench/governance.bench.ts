// Issue 6 benchmarks.
//
// 1. Audit-trail verification for 100,000 events, decryption included (target < 2 s), end to end
//    through a real vault on fake-indexeddb: the events are committed in batches of 10,000 with
//    the chain head, as the store writes them (the vault stores them in packs, see
//    renderer/src/vault/packs.ts); the vault is locked; each run then times unlock (floor KDF,
//    reading and decrypting every row), the store's chain-ordered read and verifyAgainstHead.
//    The same in real Chromium on real IndexedDB is in vaultChromium.bench.ts.
// 2. The evidence pack for the seed-sized plan (5 processes, 5 runbooks of 20 steps, 50 contacts,
//    a year of exercises, actions and two signed versions, 200-event audit excerpt): model build
//    plus react-pdf layout and writing, as the worker does it. Target < 5 s.
import Dexie from 'dexie';
import { verifyAgainstHead } from '../../renderer/src/domain/audit';
import { enableFastSha512 } from '../../renderer/src/domain/canonical';
import { AUDIT_HEAD_ID, PlanStore } from '../../renderer/src/store';
import { argon2idKdf, KDF_FLOOR, openVault, type StoredRecord } from '../../renderer/src/vault';
import { makeAuditTrail } from './benchRecords';
import { buildEvidenceJob } from '../../renderer/src/print/evidence/build';
import { renderEvidenceJob } from '../../renderer/src/print/evidence/render';
import { fontPaths } from '../print/fixtures';
import { auditTrail, evidenceInput, governancePlan } from '../features/governanceFixtures';
import { medianMs } from './median';

const EVENTS = 100_000;
const BATCH = 10_000;
const PASSPHRASE = 'bench passphrase with some length';
const FLOOR = { algorithm: 'argon2id' as const, ...KDF_FLOOR, parallelism: 1 };

export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  await enableFastSha512();

  // --- 1. Audit trail through the vault ---
  const dbName = `bench-governance-${Date.now()}`;
  const vault = await openVault({ dbName, kdf: argon2idKdf, kdfParams: FLOOR });
  await vault.create(PASSPHRASE);
  const events = makeAuditTrail(EVENTS);
  for (let i = 0; i < EVENTS; i += BATCH) {
    const batch = events.slice(i, i + BATCH);
    const last = batch.at(-1)!;
    const head: StoredRecord = { id: AUDIT_HEAD_ID, kind: 'audit-head', updatedAt: last.at, seq: last.seq, hash: last.hash };
    await vault.commit({ put: [...batch.map((e) => ({ table: 'audit' as const, record: e })), { table: 'audit', record: head }] });
  }
  const store = new PlanStore(vault);
  vault.lock();

  let verifiedEvents = 0;
  const unlockAndVerify = async () => {
    vault.lock();
    await vault.unlock(PASSPHRASE);
    const trail = store.auditEvents();
    const verdict = verifyAgainstHead(trail, store.auditHead());
    if (!verdict.ok || verdict.head.seq !== EVENTS) throw new Error('benchmark trail did not verify');
    verifiedEvents = trail.length;
  };
  const totalMs = await medianMs(unlockAndVerify, 5, 1);
  const kdfMs = await medianMs(() => argon2idKdf(PASSPHRASE, { ...FLOOR, salt: crypto.getRandomValues(new Uint8Array(16)) }), 5, 1);
  const trail = store.auditEvents();
  const verifyMs = await medianMs(() => {
    if (!verifyAgainstHead(trail, store.auditHead()).ok) throw new Error('benchmark trail did not verify');
  }, 5, 1);
  vault.lock();
  await Dexie.delete(dbName);
  if (verifiedEvents !== EVENTS) throw new Error(`verified ${verifiedEvents} events`);
  record('governance: unlock (floor KDF) + read + decrypt + verify 100,000 audit events, vault on fake-indexeddb (target < 2000)', totalMs, 'ms');
  record('governance: of which Argon2id at the floor (19 MiB, t=2)', kdfMs, 'ms');

  record('governance: of which verifyAgainstHead alone (hash-wasm SHA-512)', verifyMs, 'ms');

  // --- 2. Evidence pack for the seed-sized plan ---
  const plan = await governancePlan({}, { editAfterApproval: true });
  const input = evidenceInput(plan, auditTrail(1000));
  const fonts = fontPaths();
  let bytes: Uint8Array = new Uint8Array();
  const packMs = await medianMs(async () => {
    bytes = await renderEvidenceJob(buildEvidenceJob(input), { fonts });
  }, 5, 1);
  const pages = (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  record('governance: evidence pack, seed-sized plan, build + render (target < 5000)', packMs, 'ms');
  record('governance: evidence pack pages', pages, 'pages');
}
