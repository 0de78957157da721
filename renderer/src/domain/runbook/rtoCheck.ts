import type { Schedule } from './schedule';

/**
 * - within: even one person working alone finishes inside the RTO;
 * - over-if-sequential: only parallel work fits the RTO, so it needs enough people on the day;
 * - over: the critical path alone is longer than the RTO.
 */
export type DurationVerdict = 'no-target' | 'within' | 'over-if-sequential' | 'over';

export interface DurationCheck {
  verdict: DurationVerdict;
  /** RTO minus the critical path; negative when over. */
  marginMinutes?: number;
}

export function checkDurationAgainstRto(schedule: Schedule, rtoMinutes: number | undefined): DurationCheck {
  if (rtoMinutes === undefined) return { verdict: 'no-target' };
  const marginMinutes = rtoMinutes - schedule.criticalPathMinutes;
  if (marginMinutes < 0) return { verdict: 'over', marginMinutes };
  if (schedule.totalMinutes > rtoMinutes) return { verdict: 'over-if-sequential', marginMinutes };
  return { verdict: 'within', marginMinutes };
}
