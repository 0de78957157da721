import { appendEvent, type AuditEvent } from '../../renderer/src/domain/audit';
import type { StoredRecord } from '../../renderer/src/vault';

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
