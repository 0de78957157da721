import { describe, expect, it } from 'vitest';
import {
  RUNBOOK_TEMPLATES,
  SCENARIOS,
  isKnownPlaceholder,
  placeholdersIn,
  runbookFromTemplate,
  runbookSchema,
  runbookTemplate,
  scheduleSteps,
  templatesFor,
  type Runbook,
} from '../../../renderer/src/domain/runbook';

const PROCESS_ID = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const NOW = new Date('2025-03-01T10:00:00.000Z');

function sequentialIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

const fromTemplate = (key: string): Runbook => {
  const template = runbookTemplate(key);
  if (!template) throw new Error(`no template ${key}`);
  return runbookFromTemplate(template, { processId: PROCESS_ID, now: NOW, newId: sequentialIds() });
};

describe('runbook templates', () => {
  it('offers at least one template for every scenario', () => {
    for (const scenario of SCENARIOS) {
      expect(RUNBOOK_TEMPLATES.some((t) => t.scenario === scenario)).toBe(true);
    }
  });

  it.each(RUNBOOK_TEMPLATES.map((t) => [t.key]))('%s makes a valid runbook whose placeholders are all known', (key) => {
    const runbook = fromTemplate(key);
    expect(runbookSchema.safeParse(runbook).success).toBe(true);
    expect(runbook.steps.length).toBeGreaterThan(0);
    const texts = [
      ...runbook.steps.flatMap((s) => [s.title, s.command, s.verification, s.warning, s.rollback, s.evidence]),
      ...runbook.communications.flatMap((c) => [c.subject, c.body]),
    ];
    const unknown = texts.flatMap(placeholdersIn).filter((key) => !isKnownPlaceholder(key));
    expect(unknown).toEqual([]);
    expect(() => scheduleSteps(runbook.steps)).not.toThrow();
  });

  it('mints fresh ids for each runbook made from a template', () => {
    const template = runbookTemplate('database-failover-replica')!;
    const a = runbookFromTemplate(template, { processId: PROCESS_ID, now: NOW });
    const b = runbookFromTemplate(template, { processId: PROCESS_ID, now: NOW });
    expect(a.id).not.toBe(b.id);
    expect(a.steps.map((s) => s.id).filter((id) => b.steps.some((s) => s.id === id))).toEqual([]);
  });

  it('is deterministic with injected ids, for stable exports in tests', () => {
    expect(fromTemplate('ransomware-offline-restore')).toEqual(fromTemplate('ransomware-offline-restore'));
  });

  it.each<[string, Parameters<typeof templatesFor>, string[]]>([
    ['replica and DNS', ['primary-database-failure', ['replication', 'dns-failover']], ['database-failover-replica', 'database-restore-backup', 'custom']],
    ['backups only', ['primary-database-failure', ['backup-full', 'backup-log']], ['database-restore-backup', 'database-failover-replica', 'custom']],
    ['no strategies yet', ['primary-database-failure', []], ['database-failover-replica', 'database-restore-backup', 'custom']],
    ['ransomware', ['ransomware', ['offsite-copy']], ['ransomware-offline-restore', 'custom']],
    ['custom', ['custom', ['multi-az']], ['custom']],
  ])('offers the best fit first: %s', (_name, [scenario, types], keys) => {
    expect(templatesFor(scenario, types).map((t) => t.key)).toEqual(keys);
  });
});

describe("the seed's database failover runbook", () => {
  const runbook = fromTemplate('database-failover-replica');
  const step = (title: string) => {
    const found = runbook.steps.find((s) => s.title.includes(title));
    if (!found) throw new Error(`no step "${title}"`);
    return found;
  };

  it('has the trigger from the seed', () => {
    expect(runbook.scenario).toBe('primary-database-failure');
    expect(runbook.activationCriteria).toContain('The primary database fails and cannot accept writes within 10 minutes');
  });

  it('has the command-level steps in order', () => {
    const titles = runbook.steps.map((s) => s.title);
    const order = ['SSH to the bastion', 'Promote the replica', 'Point DNS', 'Validate service health', 'Run the smoke tests', 'payment gateway'];
    const positions = order.map((title) => titles.findIndex((t) => t.includes(title)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(step('SSH to the bastion').command).toBe('ssh {{service.bastionHost}}');
    expect(step('Promote the replica').command).toBe('./promote-replica.sh');
    expect(step('Point DNS').command).toContain('--ttl 60');
    expect(step('Validate service health').command).toBe('curl -fsS {{service.url}}/health');
    expect(step('Run the smoke tests').command).toMatch(/^for path in .* curl -fsS /);
    expect(step('payment gateway').command).toContain('curl');
  });

  it('runs the smoke tests beside the payment check, and messages beside the technical work', () => {
    const smoke = step('Run the smoke tests');
    const payments = step('payment gateway');
    expect(smoke.after).toEqual([step('Validate service health').id]);
    expect(payments.after).toEqual(smoke.after);
    expect(step('outage notice').after).toEqual([step('Declare').id]);
  });

  it('takes 34 min along its critical path and 45 min done one after another', () => {
    const schedule = scheduleSteps(runbook.steps);
    expect(schedule.totalMinutes).toBe(45);
    expect(schedule.criticalPathMinutes).toBe(34);
    expect(schedule.criticalPath.map((id) => runbook.steps.find((s) => s.id === id)!.title)).toEqual([
      'Declare the incident and alert the team',
      'SSH to the bastion host',
      'Confirm the primary cannot accept writes',
      'Promote the replica',
      'Point DNS at the promoted database (TTL 60 s)',
      'Validate service health',
      'Run the smoke tests',
      'Export logs and capture evidence',
      'Hand back to the process owner and close the incident',
    ]);
  });

  it('shows the customer messages at the steps that send them', () => {
    const notice = runbook.communications.find((c) => c.audience === 'customers' && c.title.startsWith('Outage'));
    expect(step('outage notice').communicationIds).toEqual([notice!.id]);
  });
});

describe('runbook record', () => {
  const valid = fromTemplate('custom');

  it('rejects steps that wait on each other', () => {
    const [a, b] = valid.steps;
    const looping = { ...valid, steps: [{ ...a!, after: [b!.id] }, { ...b!, after: [a!.id] }] };
    const result = runbookSchema.safeParse(looping);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('wait on each other in a loop');
  });

  it('rejects a step that sends a message the runbook does not have', () => {
    const steps = valid.steps.map((s, i) => (i === 0 ? { ...s, communicationIds: ['00000000-0000-4000-8000-0000000000ff'] } : s));
    const result = runbookSchema.safeParse({ ...valid, steps });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Step 1 "Declare the incident and alert the team" refers to a communication template that is not in this runbook.');
  });

  it('needs a process and a known scenario', () => {
    expect(runbookSchema.safeParse({ ...valid, parentId: undefined }).success).toBe(false);
    expect(runbookSchema.safeParse({ ...valid, scenario: 'meteor' }).success).toBe(false);
  });
});
