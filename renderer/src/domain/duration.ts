import { z } from 'zod';

/**
 * Durations in the plan are whole minutes: every objective, estimate and elapsed time.
 * People read them as "15 min", "1 h 30 min", "24 h", "1 w"; days are left out on purpose
 * because the BIA scale speaks of 24 h and 72 h, and the two should read the same.
 */

const MINUTE = 1;
const HOUR = 60;
const WEEK = 7 * 24 * HOUR;

/** A duration in whole minutes; ten years is far beyond any objective and catches unit mistakes. */
export const wholeMinutesSchema = z.number().int().min(0).max(10 * 365 * 24 * HOUR);

export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) throw new RangeError(`Not a duration: ${minutes}`);
  const whole = Math.round(minutes);
  if (whole < 0) return `-${formatMinutes(-whole)}`;
  if (whole === 0) return '0 min';
  const weeks = Math.floor(whole / WEEK);
  const hours = Math.floor((whole % WEEK) / HOUR);
  const rest = whole % HOUR;
  const parts: string[] = [];
  if (weeks > 0) parts.push(`${weeks} w`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0) parts.push(`${rest} min`);
  return parts.join(' ');
}

const UNIT_MINUTES: Record<string, number> = {
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR,
  d: 24 * HOUR, day: 24 * HOUR, days: 24 * HOUR,
  w: WEEK, wk: WEEK, wks: WEEK, week: WEEK, weeks: WEEK,
};

const TERM = /\s*(\d+(?:[.,]\d+)?)\s*([a-z]+)\s*/y;

/**
 * Reads what people type: "90" (minutes), "1h30m", "1 h 30 min", "2 days", "1:30" (h:mm),
 * and everything `formatMinutes` writes. Returns undefined for anything else, including
 * amounts that are not whole minutes ("0.5 min"), so a form can say "not a duration".
 */
export function parseMinutes(text: string): number | undefined {
  const input = text.trim().toLowerCase();
  if (/^\d+$/.test(input)) return checked(Number(input));
  const clock = /^(\d+):([0-5]\d)$/.exec(input);
  if (clock) return checked(Number(clock[1]) * HOUR + Number(clock[2]));

  let total = 0;
  let terms = 0;
  TERM.lastIndex = 0;
  while (TERM.lastIndex < input.length) {
    const match = TERM.exec(input);
    if (!match) return undefined;
    const unit = UNIT_MINUTES[match[2] ?? ''];
    if (unit === undefined) return undefined;
    total += Number((match[1] ?? '').replace(',', '.')) * unit;
    terms += 1;
  }
  if (terms === 0) return undefined;
  // Decimal hours such as "1.1 h" land a hair off the integer in floating point.
  const rounded = Math.round(total * 1e6) / 1e6;
  return Number.isInteger(rounded) ? checked(rounded) : undefined;
}

function checked(minutes: number): number | undefined {
  return wholeMinutesSchema.safeParse(minutes).success ? minutes : undefined;
}
