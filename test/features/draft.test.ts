import { describe, expect, it } from 'vitest';
import { runbookFromTemplate, runbookSchema, runbookTemplate, scheduleSteps, type Runbook } from '../../renderer/src/domain/runbook';
import {
  addStep,
  moveItem,
  moveStep,
  newStep,
  removeCommunication,
  removeStep,
  startModeOf,
  withStartMode,
} from '../../renderer/src/features/runbooks/draft';

const S = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let counter = 0;
const newId = () => S(++counter);

function failover(): Runbook {
  counter = 0;
  return runbookFromTemplate(runbookTemplate('database-failover-replica')!, { processId: S(999), now: new Date('2026-03-02T09:00:00Z'), newId });
}

const titles = (runbook: Runbook) => runbook.steps.map((s) => s.title);

describe('runbook draft edits', () => {
  it('moves items and leaves out-of-range moves alone', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    const list = ['a', 'b'];
    expect(moveItem(list, 1, 2)).toBe(list);
    expect(moveItem(list, -1, 0)).toBe(list);
  });

  it('reorders steps and keeps the runbook valid', () => {
    const runbook = failover();
    const moved = moveStep(runbook, 2, 3);
    expect(titles(moved).slice(2, 4)).toEqual(['Confirm the primary cannot accept writes', 'SSH to the bastion host']);
    expect(runbookSchema.safeParse(moved).success).toBe(true);
    expect(moveStep(moved, 3, 2).steps).toEqual(runbook.steps);
  });

  it('removing a step keeps the chain: what waited on it now waits on what it waited on', () => {
    const runbook = failover();
    const health = runbook.steps.find((s) => s.title === 'Validate service health')!;
    const dns = runbook.steps.find((s) => s.title.startsWith('Point DNS'))!;
    const smoke = runbook.steps.find((s) => s.title === 'Run the smoke tests')!;
    expect(smoke.after).toEqual([health.id]);
    const without = removeStep(runbook, health.id);
    expect(without.steps.find((s) => s.id === smoke.id)?.after).toEqual([dns.id]);
    expect(runbookSchema.safeParse(without).success).toBe(true);
    // The critical path loses exactly the removed step's 2 minutes.
    expect(scheduleSteps(without.steps).criticalPathMinutes).toBe(scheduleSteps(runbook.steps).criticalPathMinutes - 2);
  });

  it('adds a new step at the end, valid as it is', () => {
    const runbook = addStep(failover(), newStep(S(500), 'Tell the bank'));
    expect(runbook.steps.at(-1)).toMatchObject({ id: S(500), title: 'Tell the bank', expectedMinutes: 5 });
    expect(runbookSchema.safeParse(runbook).success).toBe(true);
  });

  it('switches how a step starts', () => {
    const runbook = failover();
    const promote = runbook.steps[4]!;
    expect(startModeOf(promote)).toBe('previous');
    expect(withStartMode(promote, 'at-once', runbook.steps[3]!.id).after).toEqual([]);
    expect(withStartMode(promote, 'after-steps', runbook.steps[3]!.id).after).toEqual([runbook.steps[3]!.id]);
    const atOnce = withStartMode(promote, 'at-once', undefined);
    expect('after' in withStartMode(atOnce, 'previous', undefined)).toBe(false);
  });

  it('removing a message removes it from every step that sent it', () => {
    const runbook = failover();
    const outage = runbook.communications.find((c) => c.title === 'Outage notice to customers')!;
    const without = removeCommunication(runbook, outage.id);
    expect(without.communications.map((c) => c.id)).not.toContain(outage.id);
    expect(without.steps.some((s) => s.communicationIds.includes(outage.id))).toBe(false);
    expect(runbookSchema.safeParse(without).success).toBe(true);
  });
});
