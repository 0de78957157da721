import { describe, expect, it } from 'vitest';
import {
  StepDependencyError,
  checkDurationAgainstRto,
  findDependencyProblem,
  scheduleSteps,
  type StepLike,
} from '../../../renderer/src/domain/runbook';

const step = (id: string, expectedMinutes: number, after?: string[]): StepLike => ({ id, title: `Step ${id}`, expectedMinutes, ...(after ? { after } : {}) });

describe('estimated duration', () => {
  it.each<[string, StepLike[], number, number, string[]]>([
    ['no steps', [], 0, 0, []],
    ['a plain numbered list runs one after another', [step('a', 5), step('b', 10), step('c', 3)], 18, 18, ['a', 'b', 'c']],
    ['two branches after a common step', [step('a', 2), step('b', 10, ['a']), step('c', 4, ['a']), step('d', 1, ['b', 'c'])], 17, 13, ['a', 'b', 'd']],
    ['the longer branch listed second', [step('a', 2), step('b', 4, ['a']), step('c', 10, ['a']), step('d', 1, ['b', 'c'])], 17, 13, ['a', 'c', 'd']],
    ['steps that start at once', [step('a', 5, []), step('b', 7, []), step('c', 3, [])], 15, 7, ['b']],
    ['a default dependency follows list order even after an independent step',
      [step('a', 5), step('b', 20, []), step('c', 5)], 30, 25, ['b', 'c']],
    ['dependencies may point at later steps', [step('a', 5, ['b']), step('b', 3, [])], 8, 8, ['b', 'a']],
    ['zero-minute steps', [step('a', 0), step('b', 0)], 0, 0, ['a', 'b']],
  ])('%s', (_name, steps, total, critical, path) => {
    const schedule = scheduleSteps(steps);
    expect(schedule.totalMinutes).toBe(total);
    expect(schedule.criticalPathMinutes).toBe(critical);
    expect(schedule.criticalPath).toEqual(path);
  });

  it('gives each step its earliest start and finish', () => {
    const schedule = scheduleSteps([step('a', 2), step('b', 10, ['a']), step('c', 4, ['a']), step('d', 1, ['b', 'c'])]);
    expect(schedule.steps).toEqual([
      { id: 'a', startMinute: 0, finishMinute: 2 },
      { id: 'b', startMinute: 2, finishMinute: 12 },
      { id: 'c', startMinute: 2, finishMinute: 6 },
      { id: 'd', startMinute: 12, finishMinute: 13 },
    ]);
  });
});

describe('step order problems', () => {
  it('rejects a loop with a message naming the steps in it', () => {
    const steps = [
      { id: 'a', title: 'Declare', expectedMinutes: 1, after: [] },
      { id: 'b', title: 'Promote the replica', expectedMinutes: 5, after: ['c'] },
      { id: 'c', title: 'Update DNS', expectedMinutes: 2, after: ['b'] },
    ];
    expect(() => scheduleSteps(steps)).toThrow(StepDependencyError);
    expect(() => scheduleSteps(steps)).toThrow(
      'Step 2 "Promote the replica" waits on step 3 "Update DNS", which waits on step 2 "Promote the replica": '
        + 'the steps wait on each other in a loop, so none of them can start. Remove one of these dependencies.',
    );
    expect(findDependencyProblem(steps)).toEqual({ kind: 'cycle', stepIds: ['b', 'c', 'b'] });
  });

  it('finds a loop through the implicit "after the previous step"', () => {
    const steps = [step('a', 1, ['c']), step('b', 1), step('c', 1)];
    expect(findDependencyProblem(steps)).toEqual({ kind: 'cycle', stepIds: ['a', 'c', 'b', 'a'] });
  });

  it('rejects a step that waits on itself', () => {
    const steps = [{ id: 'a', title: 'Restore', expectedMinutes: 1, after: ['a'] }];
    expect(() => scheduleSteps(steps)).toThrow('Step 1 "Restore" waits on itself; remove that dependency.');
  });

  it('rejects a dependency on a step that does not exist', () => {
    const steps = [step('a', 1), { id: 'b', title: 'Smoke tests', expectedMinutes: 1, after: ['gone'] }];
    expect(() => scheduleSteps(steps)).toThrow('Step 2 "Smoke tests" waits on a step that is not in this runbook');
  });

  it('rejects two steps with one id', () => {
    expect(findDependencyProblem([step('a', 1), step('a', 2)])).toEqual({ kind: 'duplicate-id', stepId: 'a' });
  });
});

describe('duration against the RTO', () => {
  const schedule = scheduleSteps([step('a', 2), step('b', 10, ['a']), step('c', 4, ['a']), step('d', 1, ['b', 'c'])]);

  it.each<[number | undefined, string, number | undefined]>([
    [undefined, 'no-target', undefined],
    [60, 'within', 47],
    [17, 'within', 4],
    [15, 'over-if-sequential', 2],
    [13, 'over-if-sequential', 0],
    [12, 'over', -1],
  ])('RTO %s → %s', (rto, verdict, margin) => {
    expect(checkDurationAgainstRto(schedule, rto)).toEqual(margin === undefined ? { verdict } : { verdict, marginMinutes: margin });
  });
});
