import { MINUTES_PER_DAY, MINUTES_PER_HOUR, MINUTES_PER_WEEK } from '../timePoints';

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks';

const UNIT_MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: MINUTES_PER_HOUR, days: MINUTES_PER_DAY, weeks: MINUTES_PER_WEEK };

const UNIT_WORDS: [RegExp, DurationUnit][] = [
  [/^(m|min|mins|minute|minutes)$/, 'minutes'],
  [/^(h|hr|hrs|hour|hours)$/, 'hours'],
  [/^(d|day|days)$/, 'days'],
  [/^(w|wk|wks|week|weeks)$/, 'weeks'],
];

function unitOf(word: string): DurationUnit | undefined {
  const w = word.toLowerCase();
  return UNIT_WORDS.find(([re]) => re.test(w))?.[1];
}

/**
 * A column headed "RTO (hours)" holds hours; one headed "RTO (minutes)" or just "RTO" holds minutes.
 * Reading the unit from the header keeps "8" in an hours column from becoming 8 minutes.
 */
export function unitFromHeader(header: string): DurationUnit {
  const h = header.toLowerCase();
  if (/\b(hours?|hrs?)\b|\(h\)/.test(h)) return 'hours';
  if (/\b(days?)\b|\(d\)/.test(h)) return 'days';
  if (/\b(weeks?|wks?)\b|\(w\)/.test(h)) return 'weeks';
  return 'minutes';
}

/**
 * Reads "90", "1.5 h", "4 hours", "15min", "2 d", "1 w" into whole-or-fractional minutes; a bare
 * number takes the column's unit. Returns undefined for an empty cell and NaN for text it cannot read,
 * so the schema (whole minutes, not negative) has the last word on the number itself.
 */
export function parseDurationCell(cell: string, defaultUnit: DurationUnit = 'minutes'): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const match = /^(-?\d+(?:[.,]\d+)?)\s*([a-zA-Z]*)$/.exec(text);
  if (!match) return Number.NaN;
  const value = Number((match[1] ?? '').replace(',', '.'));
  const unit = match[2] ? unitOf(match[2]) : defaultUnit;
  if (unit === undefined) return Number.NaN;
  return Math.round(value * UNIT_MINUTES[unit] * 1e6) / 1e6;
}
