import { formatFingerprint } from '../../domain/canonical';
import { formatMinutes } from '../../domain/duration';

/** A calendar date (YYYY-MM-DD) as people read it, e.g. "3 Mar 2025"; the date itself, never shifted by a zone. */
export function formatCalendarDate(date: string | undefined, locale: string): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
}

/** An instant in this computer's zone, to the minute. */
export function formatInstant(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Clock time only ("14:05:30"), for a log read during one exercise. */
export function formatClock(iso: string, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at);
}

export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '';
  return formatMinutes(minutes);
}

/** The 128-hex plan fingerprint in upper-case groups of four, as on the printed kit. */
export function fingerprintGroups(hex: string | undefined): string {
  return hex ? formatFingerprint(hex) : '';
}

/** `<input type="datetime-local">` value for an instant, in this computer's zone. */
export function toLocalInputValue(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The instant a `datetime-local` value names in this computer's zone, as ISO 8601 UTC; undefined when empty or invalid. */
export function fromLocalInputValue(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}
