import { describe, expect, it } from 'vitest';
import {
  EXERCISE_CADENCE_KIND,
  defaultCadences,
  exerciseCadenceSchema,
  exerciseSchedule,
  exercisesNeedingAttention,
  todayIn,
  type Exercise,
  type ExerciseCadence,
  type ExerciseType,
} from '../../../renderer/src/domain/exercise';

const [tabletop, live] = defaultCadences(['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'], '2025-01-01T00:00:00Z') as [
  ExerciseCadence,
  ExerciseCadence,
];
const PAYMENTS = 'b0000000-0000-4000-8000-000000000001';

type Held = Pick<Exercise, 'type' | 'status' | 'heldOn' | 'scope'>;

function held(type: ExerciseType, heldOn: string, processIds: string[] = []): Held {
  return { type, status: 'completed', heldOn, scope: { environment: 'staging', processIds, notes: '' } };
}

describe('default cadences', () => {
  it('are the seed’s: tabletop quarterly, live recovery test yearly', () => {
    expect(tabletop).toMatchObject({ kind: EXERCISE_CADENCE_KIND, everyMonths: 3, countsTypes: ['tabletop', 'walkthrough'] });
    expect(live).toMatchObject({ everyMonths: 12, countsTypes: ['simulation', 'parallel', 'full-failover'] });
  });
});

describe('exerciseSchedule', () => {
  it.each<[string, Held[], string, string, string | null, string, number]>([
    ['never held: due today', [], '2025-06-01', '2025-06-01', null, 'due-soon', 0],
    ['quarterly from a month end (Jan 31 + 3 months)', [held('tabletop', '2025-01-31')], '2025-03-01', '2025-04-30', '2025-01-31', 'scheduled', 60],
    ['quarterly into February of a leap year', [held('tabletop', '2023-11-30')], '2024-02-15', '2024-02-29', '2023-11-30', 'due-soon', 14],
    ['quarterly into February of a common year', [held('tabletop', '2024-11-30')], '2025-02-15', '2025-02-28', '2024-11-30', 'due-soon', 13],
    ['the last one held counts, not the first', [held('tabletop', '2025-01-10'), held('walkthrough', '2025-04-20')], '2025-06-01', '2025-07-20', '2025-04-20', 'scheduled', 49],
    ['overdue the day after it was due', [held('tabletop', '2025-01-15')], '2025-04-16', '2025-04-15', '2025-01-15', 'overdue', -1],
    ['due on the day itself is not yet overdue', [held('tabletop', '2025-01-15')], '2025-04-15', '2025-04-15', '2025-01-15', 'due-soon', 0],
    ['a live test does not count as the tabletop', [held('full-failover', '2025-05-01')], '2025-06-01', '2025-06-01', null, 'due-soon', 0],
    ['planned or cancelled exercises do not count', [{ ...held('tabletop', '2025-05-01'), status: 'cancelled' }, { ...held('tabletop', '2025-05-02'), status: 'planned' }], '2025-06-01', '2025-06-01', null, 'due-soon', 0],
  ])('tabletop: %s', (_name, exercises, today, nextDue, lastHeld, state, days) => {
    const [entry] = exerciseSchedule([tabletop], exercises, today);
    expect(entry).toMatchObject({ nextDue, lastHeld, state, daysUntilDue: days });
  });

  it('live recovery test: Feb 29 + 12 months is Feb 28, overdue from Mar 1', () => {
    const exercises = [held('parallel', '2024-02-29')];
    expect(exerciseSchedule([live], exercises, '2025-02-28')[0]).toMatchObject({ nextDue: '2025-02-28', state: 'due-soon' });
    expect(exerciseSchedule([live], exercises, '2025-03-01')[0]).toMatchObject({ nextDue: '2025-02-28', state: 'overdue', daysUntilDue: -1 });
  });

  it('decides "today" in the business’s own time zone', () => {
    const exercises = [held('tabletop', '2024-12-31')];
    // Due 31 March. At 23:30 UTC that day, Riyadh is already in April; Los Angeles is not.
    const now = new Date('2025-03-31T23:30:00Z');
    expect(exerciseSchedule([tabletop], exercises, todayIn(now, 'Asia/Riyadh'))[0]?.state).toBe('overdue');
    expect(exerciseSchedule([tabletop], exercises, todayIn(now, 'America/Los_Angeles'))[0]?.state).toBe('due-soon');
  });

  it('a risk-based cadence counts only exercises covering its processes', () => {
    const payments = exerciseCadenceSchema.parse({ ...live, title: 'Payments failover', everyMonths: 6, processIds: [PAYMENTS] });
    const exercises = [held('full-failover', '2025-01-10', [PAYMENTS]), held('full-failover', '2025-03-01', [])];
    const [entry] = exerciseSchedule([payments], exercises, '2025-05-01');
    expect(entry).toMatchObject({ lastHeld: '2025-01-10', nextDue: '2025-07-10' });
  });

  it('a cadence never held is due on its first due date when one was set', () => {
    const later = exerciseCadenceSchema.parse({ ...tabletop, firstDue: '2025-09-01' });
    expect(exerciseSchedule([later], [], '2025-06-01')[0]).toMatchObject({ nextDue: '2025-09-01', state: 'scheduled' });
  });

  it('lists what needs attention, most overdue first', () => {
    const later = exerciseCadenceSchema.parse({ ...live, id: 'a0000000-0000-4000-8000-000000000003', title: 'Region failover', firstDue: '2025-12-01' });
    const entries = exerciseSchedule([tabletop, later, live], [held('tabletop', '2025-01-01')], '2025-06-01');
    expect(exercisesNeedingAttention(entries).map((e) => [e.cadence.title, e.state, e.daysUntilDue])).toEqual([
      ['Tabletop exercise', 'overdue', -61],
      ['Live recovery test', 'due-soon', 0],
    ]);
  });
});
