import { z } from 'zod';

/**
 * The fixed points at which impact is rated, in minutes: 1 h, 4 h, 8 h, 24 h, 72 h, 1 w, 2 w.
 * A fixed scale keeps every BIA comparable and the grid small enough to fill in one sitting.
 */
export const TIME_POINTS = [60, 240, 480, 1440, 4320, 10080, 20160] as const;

export type TimePoint = (typeof TIME_POINTS)[number];

export const timePointSchema = z.literal(TIME_POINTS);

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 10080;

/** A duration in whole minutes; a year is plenty for any recovery objective. */
export const durationMinutesSchema = z.number().int().min(0).max(525_600);

export function isTimePoint(minutes: number): minutes is TimePoint {
  return (TIME_POINTS as readonly number[]).includes(minutes);
}

export function timePointIndex(point: TimePoint): number {
  return TIME_POINTS.indexOf(point);
}

/**
 * Short English form ("15 min", "8 h", "72 h", "5 d", "2 w") for CSV cells and test messages; the UI
 * formats durations through i18n instead. Up to 72 h stays in hours, as the BIA time points are
 * named; beyond that the largest unit that divides exactly, so the text reads back to the same minutes.
 */
export function formatDuration(minutes: number): string {
  if (minutes > 0 && minutes % MINUTES_PER_WEEK === 0) return `${minutes / MINUTES_PER_WEEK} w`;
  if (minutes > 3 * MINUTES_PER_DAY && minutes % MINUTES_PER_DAY === 0) return `${minutes / MINUTES_PER_DAY} d`;
  if (minutes > 0 && minutes % MINUTES_PER_HOUR === 0) return `${minutes / MINUTES_PER_HOUR} h`;
  return `${minutes} min`;
}
