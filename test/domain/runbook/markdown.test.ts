import { describe, expect, it } from 'vitest';
import { runbookFileName, runbookSchema, runbookToMarkdown, type Runbook } from '../../../renderer/src/domain/runbook';

const ID = {
  runbook: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  process: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
  declare: '00000000-0000-4000-8000-000000000001',
  promote: '00000000-0000-4000-8000-000000000002',
  notify: '00000000-0000-4000-8000-000000000003',
  message: '00000000-0000-4000-8000-000000000004',
  lead: '00000000-0000-4000-8000-000000000005',
  gone: '00000000-0000-4000-8000-000000000006',
};

const runbook: Runbook = runbookSchema.parse({
  id: ID.runbook,
  kind: 'runbook',
  updatedAt: '2025-03-01T10:00:00.000Z',
  parentId: ID.process,
  title: 'Primary database failure: promote the replica',
  scenario: 'primary-database-failure',
  activationCriteria: ['Primary cannot accept writes within 10 minutes'],
  mayActivate: ['Incident lead'],
  roles: [{ role: 'Incident lead', raci: 'accountable', duties: 'Decides.' }],
  escalation: [{ contactId: ID.lead, waitMinutes: 10 }, { contactId: ID.gone }],
  communications: [{ id: ID.message, audience: 'customers', channel: 'website', title: 'Outage notice', subject: '{{process.name}} is down', body: 'Down since {{incident.startedAt}}.\n' }],
  steps: [
    { id: ID.declare, title: 'Declare the incident', role: 'Incident lead', expectedMinutes: 2, after: [] },
    {
      id: ID.promote,
      title: 'Promote the replica',
      role: 'On-call engineer',
      expectedMinutes: 5,
      command: './promote-replica.sh\necho "```done```"',
      verification: 'pg_is_in_recovery() is false.',
      rollback: 'Rebuild the old primary as a replica.',
    },
    { id: ID.notify, title: 'Tell\ncustomers', expectedMinutes: 3, after: [ID.declare], communicationIds: [ID.message] },
  ],
});

const context = {
  processName: 'Online shop',
  orgName: 'Acme Bikes',
  rtoMinutes: 6,
  contacts: [{ id: ID.lead, name: 'Jo Reyes', role: 'Incident lead', primaryPhone: '+44 7700 900123', email: 'jo@acme.example', escalateAfterMinutes: 30 }],
};

const EXPECTED = `# Primary database failure: promote the replica

- Organisation: Acme Bikes
- Process: Online shop
- Scenario: Primary database failure
- Runbook id: 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed
- Estimated duration: 7 min with steps in parallel, 10 min one after another
- RTO: 6 min, OVER by 1 min

## Activation criteria

- Primary cannot accept writes within 10 minutes

## Who may activate

- Incident lead

## Roles and responsibilities

- **Incident lead** (accountable): Decides.

## Escalation contacts

1. Jo Reyes (Incident lead): +44 7700 900123, jo@acme.example; escalate after 10 min
2. [missing: contact no longer in the plan]

## Steps

### 1. Declare the incident

- Role: Incident lead
- Expected: 2 min
- Starts: at once

### 2. Promote the replica

- Role: On-call engineer
- Expected: 5 min

Command:

\`\`\`\`sh
./promote-replica.sh
echo "\`\`\`done\`\`\`"
\`\`\`\`

**Verification:** pg_is_in_recovery() is false.

**Rollback:** Rebuild the old primary as a replica.

### 3. Tell customers

- Expected: 3 min
- Starts after: step 1
- Send: Outage notice

## Communication templates

### Outage notice

- Audience: customers
- Channel: website
- Subject: {{process.name}} is down

\`\`\`text
Down since {{incident.startedAt}}.
\`\`\`
`;

describe('Markdown export', () => {
  it('writes exactly the expected text', () => {
    expect(runbookToMarkdown(runbook, context)).toBe(EXPECTED);
  });

  it('gives byte-identical output for the same input, whenever it was saved', () => {
    const resaved = { ...runbook, updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(runbookToMarkdown(resaved, { ...context })).toBe(runbookToMarkdown(runbook, context));
  });

  it('changes when a step changes', () => {
    const edited = { ...runbook, steps: runbook.steps.map((s, i) => (i === 1 ? { ...s, expectedMinutes: 6 } : s)) };
    expect(runbookToMarkdown(edited, context)).not.toBe(EXPECTED);
  });

  it('says when there is no RTO or the plan is fine', () => {
    expect(runbookToMarkdown(runbook, { processName: 'Online shop' })).toContain('- RTO: not set\n');
    expect(runbookToMarkdown(runbook, { processName: 'Online shop', rtoMinutes: 8 })).toContain('- RTO: 8 min, met only with steps in parallel\n');
    expect(runbookToMarkdown(runbook, { processName: 'Online shop', rtoMinutes: 10 })).toContain('- RTO: 10 min, within\n');
  });

  it('still exports a runbook whose steps loop, saying why there is no estimate', () => {
    const looping = { ...runbook, steps: [{ ...runbook.steps[0]!, after: [ID.declare] }] };
    expect(runbookToMarkdown(looping, context)).toContain(
      '- Estimated duration: cannot be worked out. Step 1 "Declare the incident" waits on itself; remove that dependency.\n',
    );
  });
});

describe('runbook file names', () => {
  it.each([
    ['Online shop', 'primary-database-failure', '', 'online-shop--primary-database-failure--1b9d6bcd.md'],
    ['Café Orders & Payments!', 'ransomware', '', 'cafe-orders-payments--ransomware--1b9d6bcd.md'],
    ['Payroll', 'custom', 'Payroll provider bankrupt', 'payroll--payroll-provider-bankrupt--1b9d6bcd.md'],
    ['Payroll', 'custom', '', 'payroll--custom--1b9d6bcd.md'],
    ['   ', 'site-loss', '', 'process--site-loss--1b9d6bcd.md'],
    ['A very long process name that goes on and on and on for ever', 'site-loss', '', 'a-very-long-process-name-that-goes-on-an--site-loss--1b9d6bcd.md'],
  ] as const)('%s / %s → %s', (processName, scenario, scenarioName, fileName) => {
    expect(runbookFileName({ id: ID.runbook, scenario, scenarioName }, processName)).toBe(fileName);
  });

  it('differs between two runbooks of one process and scenario', () => {
    const other = runbookFileName({ id: ID.process, scenario: 'ransomware', scenarioName: '' }, 'Shop');
    expect(other).not.toBe(runbookFileName({ id: ID.runbook, scenario: 'ransomware', scenarioName: '' }, 'Shop'));
  });
});
