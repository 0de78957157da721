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
