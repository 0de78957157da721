import type { TFunction } from 'i18next';

const HOUR = 60;
const WEEK = 7 * 24 * HOUR;

/**
 * A duration in whole minutes as people read it ("1 h 30 min"), through the message catalogue.
 * The English units are the ones `parseMinutes` reads back, so a formatted value can be edited.
 */
export function formatDuration(t: TFunction, minutes: number): string {
  if (!Number.isFinite(minutes)) return '';
  const whole = Math.round(minutes);
  if (whole < 0) return `-${formatDuration(t, -whole)}`;
  if (whole === 0) return t('response.duration.minutes', { count: 0 });
  const weeks = Math.floor(whole / WEEK);
  const hours = Math.floor((whole % WEEK) / HOUR);
  const rest = whole % HOUR;
  const parts: string[] = [];
  if (weeks > 0) parts.push(t('response.duration.weeks', { count: weeks }));
  if (hours > 0) parts.push(t('response.duration.hours', { count: hours }));
  if (rest > 0) parts.push(t('response.duration.minutes', { count: rest }));
  return parts.join(' ');
}

/** Whole units of the plan's currency, grouped as the language writes numbers ("12,500"). */
export function formatMoney(language: string, amount: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(amount);
}

/** Elapsed time as a stopwatch shows it: "0:07:05", "12:00:00". Never negative. */
export function formatStopwatch(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** A moment as a wall clock shows it, in the machine's time zone: "14:05:09". */
export function formatClockTime(language: string, iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(date);
}

/** Date and time for records kept as evidence: "2 Mar 2026, 14:05". */
export function formatDateTime(language: string, iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(date);
}
