import { addCalendarDays, addCalendarMonths, type CalendarDate } from './calendarDate';
import type { ScheduleEntry } from './schedule';

/** One all-day calendar event. */
export interface CalendarEvent {
  /** Stable across exports, so re-importing updates the event instead of duplicating it. */
  uid: string;
  date: CalendarDate;
  summary: string;
  description?: string;
  /**
   * Repeats every N calendar months from `date`, the way addCalendarMonths counts: as an RRULE
   * where that is exact, otherwise as separate events (see RECURRENCE_HORIZON_MONTHS).
   */
  everyMonths?: number;
}

const PRODID = '-//Lifeboat//Business continuity exercise schedule//EN';
const MAX_LINE_OCTETS = 75;
const utf8 = new TextEncoder();

/**
 * An RFC 5545 calendar: CRLF line endings, lines folded at 75 octets without splitting a UTF-8
 * sequence, TEXT values escaped, all-day events as DATE values (DTEND the next day, exclusive,
 * which Outlook needs and every other client accepts), and DTSTAMP from `now` since the domain
 * never reads the clock.
 */
export function toICalendar(events: readonly CalendarEvent[], options: { now: Date; calendarName?: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  const stamp = icsDateTimeUtc(options.now);
  const written = events.flatMap((event) => (event.everyMonths && !hasExactRule(event) ? expandOccurrences(event, event.everyMonths) : [event]));
  for (const event of written) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addCalendarDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.everyMonths) lines.push(`RRULE:${monthlyRule(event.everyMonths)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * A plain monthly RRULE is exact only up to the 28th. From the 29th on, RFC 5545 skips months
 * without that day, so a quarterly test from Jan 30 would silently vanish in some years, whereas
 * addCalendarMonths moves it to the month's last day. The RFC's cure (BYMONTHDAY=28,29,30;
 * BYSETPOS=-1) is ignored by ical.js, and so by Thunderbird, which then shows three events a
 * month. So those dates are written as separate events, one per occurrence, over the next
 * RECURRENCE_HORIZON_MONTHS: every client reads those the same way.
 */
export const RECURRENCE_HORIZON_MONTHS = 36;

export function monthlyRule(everyMonths: number): string {
  return `FREQ=MONTHLY;INTERVAL=${everyMonths}`;
}

function hasExactRule(event: CalendarEvent): boolean {
  return Number(event.date.slice(8, 10)) <= 28;
}

function expandOccurrences(event: CalendarEvent, everyMonths: number): CalendarEvent[] {
  const count = Math.max(2, Math.ceil(RECURRENCE_HORIZON_MONTHS / everyMonths));
  return Array.from({ length: count }, (_, k) => ({
    uid: k === 0 ? event.uid : `${k}.${event.uid}`,
    date: addCalendarMonths(event.date, k * everyMonths),
    summary: event.summary,
    ...(event.description ? { description: event.description } : {}),
  }));
}

/** TEXT escaping (RFC 5545 3.3.11); other control characters are not allowed in TEXT, so they go. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function fold(line: string): string {
  if (utf8.encode(line).length <= MAX_LINE_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = out.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function icsDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

function icsDateTimeUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/**
 * The exercise schedule as calendar events: each cadence's next due date, repeating at its
 * interval when `recurring`. The UID is the cadence's id, which is already a random UUID.
 */
export function scheduleCalendarEvents(entries: readonly ScheduleEntry[], options: { recurring: boolean; organisation?: string }): CalendarEvent[] {
  return entries.map((entry) => {
    const who = options.organisation ? ` (${options.organisation})` : '';
    const last = entry.lastHeld ? `Last held ${entry.lastHeld}.` : 'Not held yet.';
    return {
      uid: `exercise-cadence-${entry.cadence.id}@lifeboat`,
      date: entry.nextDue,
      summary: `${entry.cadence.title} due${who}`,
      description: `Business continuity exercise, every ${entry.cadence.everyMonths} month${entry.cadence.everyMonths === 1 ? '' : 's'}. ${last}\nRecord it in Lifeboat: scenario, attendance, timed log, results and findings.`,
      ...(options.recurring ? { everyMonths: entry.cadence.everyMonths } : {}),
    };
  });
}
