import { addCalendarMonths, daysBetween, dueState, latestCalendarDate, type CalendarDate, type DueState } from './calendarDate';
import type { ExerciseCadence } from './cadence';
import type { Exercise } from './exercise';

export const SCHEDULE_DUE_SOON_DAYS = 14;

export interface ScheduleEntry {
  cadence: ExerciseCadence;
  /** The day the last counting exercise was held, if any. */
  lastHeld: CalendarDate | null;
  nextDue: CalendarDate;
  state: DueState;
  /** Negative when overdue. */
  daysUntilDue: number;
}

type HeldExercise = Pick<Exercise, 'type' | 'status' | 'heldOn' | 'scope'>;

/**
 * When each cadence is next due, seen from `today` (use `todayIn(now, zone)`).
 *
 * Next due = last held + the cadence's months, by calendar months (Jan 31 + 1 month = Feb 28,
 * or Feb 29 in a leap year; Feb 29 + 12 months = Feb 28). Counting from the last one held, not
 * from a fixed start, means a late exercise moves the next one later instead of leaving it
 * overdue forever, which is what a small business expects. Never held: due on `firstDue`, or
 * `today` when none was set, because an untested plan is the gap this schedule exists to close.
 */
export function exerciseSchedule(
  cadences: readonly ExerciseCadence[],
  exercises: readonly HeldExercise[],
  today: CalendarDate,
  dueSoonDays = SCHEDULE_DUE_SOON_DAYS,
): ScheduleEntry[] {
  return cadences.map((cadence) => {
    const lastHeld = latestCalendarDate(exercises.filter((e) => counts(e, cadence)).map((e) => e.heldOn as CalendarDate)) ?? null;
    const nextDue = lastHeld ? addCalendarMonths(lastHeld, cadence.everyMonths) : (cadence.firstDue ?? today);
    return { cadence, lastHeld, nextDue, state: dueState(nextDue, today, dueSoonDays), daysUntilDue: daysBetween(today, nextDue) };
  });
}

function counts(exercise: HeldExercise, cadence: ExerciseCadence): boolean {
  if (exercise.status !== 'completed' || !exercise.heldOn) return false;
  if (!cadence.countsTypes.includes(exercise.type)) return false;
  return cadence.processIds.length === 0 || exercise.scope.processIds.some((id) => cadence.processIds.includes(id));
}

/** The entries the home screen shows: overdue first, then due soon, each soonest first. */
export function exercisesNeedingAttention(entries: readonly ScheduleEntry[]): ScheduleEntry[] {
  return entries.filter((e) => e.state !== 'scheduled').sort((a, b) => a.daysUntilDue - b.daysUntilDue);
}
