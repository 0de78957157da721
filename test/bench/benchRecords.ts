import nacl from 'tweetnacl';
import { appendEvent, verifyAgainstHead, type AuditEvent, type ChainHead } from '../../renderer/src/domain/audit';
import type { StoredRecord } from '../../renderer/src/vault';
import { openRecord, sealRecord, type SealedRow } from '../../renderer/src/vault/recordCipher';

/**
 * The records both vault benches write: runbook steps of about 490 bytes of JSON each, the same in
 * Node and in Chromium so their figures compare.
 */
export function makeBenchRecords(count: number): StoredRecord[] {
  const parentId = crypto.randomUUID();
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    kind: 'runbook-step',
    updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
    parentId,
    title: `Step ${i}: promote the replica in the secondary region`,
    role: 'Database administrator (on call)',
    command: `./promote-replica.sh --cluster orders-prod --region eu-west-2 --timeout ${i % 90}s`,
    verification: 'curl -fsS https://orders.example.com/health',
    warning: 'Never promote while the primary still accepts writes.',
    minutes: i % 30,
  }));
}

/** Audit events shaped like the store's: who, when, what, and a short before/after summary. */
export function makeAuditTrail(count: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  const start = Date.UTC(2024, 0, 1);
  const kinds = ['runbook', 'process', 'objectives', 'contact', 'exercise', 'action-item'];
  for (let i = 0; i < count; i++) {
    events.push(
      appendEvent(events.at(-1) ?? null, {
        at: new Date(start + i * 45_000).toISOString(),
        actor: i % 3 === 0 ? 'Amira Haddad' : 'Ben Okafor',
        action: i % 9 === 0 ? 'create' : 'update',
        entityKind: kinds[i % kinds.length]!,
        entityId: `00000000-0000-4000-8000-${String(i % 5000).padStart(12, '0')}`,
        entityLabel: i % 2 === 0 ? 'Primary database failure: promote the replica' : 'Taking card payments online',
        after: i % 9 === 0 ? 'Created' : `Changed: steps, title, activationCriteria (${i})`,
      }),
    );
  }
  return events;
}

/**
 * The audit target's work on sealed rows in memory: decrypt each row with the vault's own
 * openRecord (secretbox, JSON, row checks), put them in chain order and verify against the head.
 * Throws unless every event verifies. The sealed rows come from sealAuditTrail.
 */
export function decryptAndVerify(key: Uint8Array, sealed: readonly SealedRow[], head: ChainHead): void {
  const opened = sealed.map((row) => openRecord(key, 'audit', row) as AuditEvent).sort((a, b) => a.seq - b.seq);
  const verdict = verifyAgainstHead(opened, head);
  if (!verdict.ok || verdict.head.seq !== sealed.length) throw new Error('benchmark trail did not verify');
}

/** The events sealed as the vault stores them, under a fresh key. */
export function sealAuditTrail(events: readonly AuditEvent[]): { key: Uint8Array; sealed: SealedRow[]; head: ChainHead } {
  const key = nacl.randomBytes(32);
  const nonces = nacl.randomBytes(24 * events.length);
  const sealed = events.map((e, i) => sealRecord(key, 'audit', e, nonces.subarray(i * 24, i * 24 + 24)));
  const last = events.at(-1)!;
  return { key, sealed, head: { seq: last.seq, hash: last.hash } };
}
