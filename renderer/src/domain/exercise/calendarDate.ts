import { z } from 'zod';
import { addDays, addMonths, differenceInCalendarDays, isValid } from 'date-fns';

/**
 * A day on the calendar, `YYYY-MM-DD`, with no time and no zone: what a due date, an exercise
 * day or a sign-off date is to the people involved. Instants become calendar dates only through
 * `todayIn(now, timeZone)`, so "overdue" means the same thing wherever the app runs and whatever
 * zone the computer is set to.
 *
 * Arithmetic goes through date-fns on a Date at local noon: date-fns works in the host's zone,
 * and noon is never skipped or repeated by a daylight-saving change, so the day read back is
 * always the day meant, in any host zone.
 */
export type CalendarDate = string;

export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((text) => parseCalendarDate(text) !== undefined, 'a date that exists on the calendar');

function parseCalendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  // Date rolls 2025-02-30 over to March; a real date reads back unchanged.
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date;
}

function atNoon(date: CalendarDate): Date {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return parsed;
}

function fromLocal(date: Date): CalendarDate {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at instant `now` in an IANA time zone (e.g. 'Asia/Riyadh'). */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    // Throws RangeError for an unknown zone, which is what we want.
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    dayFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${String(parts.year).padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/** Adds calendar months, keeping the day where it exists: Jan 31 + 1 month is Feb 28 (29 in a leap year). */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return fromLocal(addMonths(atNoon(date), months));
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromLocal(addDays(atNoon(date), days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(atNoon(to), atNoon(from));
}

/** Calendar dates in this form sort as strings; this says so in one place. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function latestCalendarDate(dates: readonly CalendarDate[]): CalendarDate | undefined {
  let latest: CalendarDate | undefined;
  for (const date of dates) if (latest === undefined || date > latest) latest = date;
  return latest;
}

/** How near a due date is, seen from `today`: the one rule every due date in the app uses. */
export type DueState = 'scheduled' | 'due-soon' | 'overdue';

export function dueState(due: CalendarDate, today: CalendarDate, dueSoonDays: number): DueState {
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'scheduled';
}
