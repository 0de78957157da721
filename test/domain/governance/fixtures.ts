import type { PlanRecord } from '../../../renderer/src/domain/record';

export const IDS = {
  organisation: '10000000-0000-4000-8000-000000000001',
  payments: '10000000-0000-4000-8000-000000000002',
  accounting: '10000000-0000-4000-8000-000000000003',
  runbook: '10000000-0000-4000-8000-000000000004',
  contact: '10000000-0000-4000-8000-000000000005',
  template: '10000000-0000-4000-8000-000000000006',
  version1: '20000000-0000-4000-8000-000000000001',
  version2: '20000000-0000-4000-8000-000000000002',
  approval1: '30000000-0000-4000-8000-000000000001',
  approval2: '30000000-0000-4000-8000-000000000002',
  audit: '40000000-0000-4000-8000-000000000001',
  exercise: '40000000-0000-4000-8000-000000000002',
} as const;

const T = '2025-05-01T09:00:00.000Z';

/** A seed-sized plan: the seed's payment processing and accounting examples. */
export function seedPlan(): PlanRecord[] {
  return [
    { id: IDS.organisation, kind: 'organisation', updatedAt: T, name: 'Souq Online', planOwner: 'Amal Haddad', locations: ['Riyadh'], classification: 'CONFIDENTIAL' },
    { id: IDS.payments, kind: 'process', updatedAt: T, name: 'Payment processing', owner: 'Amal Haddad', rtoMinutes: 60, rpoMinutes: 15, mtpdMinutes: 240 },
    { id: IDS.accounting, kind: 'process', updatedAt: T, name: 'Accounting server', owner: 'Ben Ortiz', rtoMinutes: 480, rpoMinutes: 1440, mtpdMinutes: 2880 },
    {
      id: IDS.runbook,
      kind: 'runbook',
      updatedAt: T,
      parentId: IDS.payments,
      name: 'Database failover',
      activationCriteria: 'Primary DB cannot accept writes for 10 minutes',
      steps: [
        { id: 's1', title: 'SSH to bastion', command: 'ssh bastion.example.net', expectedMinutes: 2 },
        { id: 's2', title: 'Check replica lag', command: 'psql -c "select now() - pg_last_xact_replay_timestamp()"', expectedMinutes: 3 },
        { id: 's3', title: 'Promote replica', command: './promote-replica.sh', expectedMinutes: 5 },
        { id: 's4', title: 'Update DNS', command: 'dns-set db.example.net replica --ttl 60', expectedMinutes: 2 },
      ],
    },
    { id: IDS.contact, kind: 'contact', updatedAt: T, name: 'Ben Ortiz', role: 'IT lead', primaryPhone: '+966 55 000 0001' },
    { id: IDS.template, kind: 'communication-template', updatedAt: T, parentId: IDS.runbook, name: 'Customer notice', audience: 'customers', body: 'We are restoring {{service}}; expected back by {{eta}}.' },
  ];
}

export function update(records: PlanRecord[], id: string, change: (record: PlanRecord) => PlanRecord): PlanRecord[] {
  return records.map((r) => (r.id === id ? change(structuredClone(r)) : r));
}

export type Step = { id: string; title: string; command: string; expectedMinutes: number };

export function steps(record: PlanRecord): Step[] {
  return record.steps as Step[];
}

/** Argon2id cheap enough for unit tests; production uses APPROVAL_KDF_DEFAULTS. */
export const TEST_COST = { memoryKiB: 256, iterations: 1, parallelism: 1 } as const;
