import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  addCalendarMonths,
  defaultCadences,
  escapeText,
  exerciseSchedule,
  fold,
  scheduleCalendarEvents,
  toICalendar,
  type CalendarEvent,
  type ExerciseCadence,
} from '../../../renderer/src/domain/exercise';

const NOW = new Date('2025-05-10T08:30:15.123Z');

function parseEvents(ics: string): InstanceType<typeof ICAL.Event>[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The first `count` occurrences as YYYY-MM-DD, from ical.js's own recurrence expansion. */
function occurrences(event: InstanceType<typeof ICAL.Event>, count: number): string[] {
  const iterator = event.iterator();
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < count; next = iterator.next()) dates.push(next.toString());
  return dates;
}

describe('toICalendar, read back with ical.js', () => {
  const [tabletop, live] = defaultCadences(['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'], '2025-01-01T00:00:00Z') as [ExerciseCadence, ExerciseCadence];
  const schedule = exerciseSchedule(
    [tabletop, live],
    [
      { type: 'tabletop', status: 'completed', heldOn: '2025-01-31', scope: { environment: 'discussion-only', processIds: [], notes: '' } },
      { type: 'full-failover', status: 'completed', heldOn: '2024-02-29', scope: { environment: 'staging', processIds: [], notes: '' } },
    ],
    '2025-03-01',
  );
  const ics = toICalendar(scheduleCalendarEvents(schedule, { recurring: true, organisation: 'Souq Online, Riyadh' }), { now: NOW, calendarName: 'Continuity exercises' });
  const events = parseEvents(ics);

  it('holds the next due date of each cadence with the right summary, UID and all-day date', () => {
    const firsts = events.filter((e) => !/^\d+\./.test(e.uid));
    expect(firsts.map((e) => e.summary)).toEqual(['Tabletop exercise due (Souq Online, Riyadh)', 'Live recovery test due (Souq Online, Riyadh)']);
    expect(firsts.map((e) => e.uid)).toEqual([`exercise-cadence-${tabletop.id}@lifeboat`, `exercise-cadence-${live.id}@lifeboat`]);
    expect(firsts.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()])).toEqual([
      [true, '2025-04-30', '2025-05-01'],
      [true, '2025-02-28', '2025-03-01'],
    ]);
  });

  it('carries the description with its line break and DTSTAMP from the given time', () => {
    expect(events[0]?.description).toBe(
      'Business continuity exercise, every 3 months. Last held 2025-01-31.\nRecord it in Lifeboat: scenario, attendance, timed log, results and findings.',
    );
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-05-10T08:30:15Z');
  });

  it('repeats every 3 months from Apr 30 without skipping February or the 31sts', () => {
    // Day 30: no RRULE every client reads alike, so one event per occurrence, 36 months ahead.
    const tabletops = events.filter((e) => e.uid.endsWith(`exercise-cadence-${tabletop.id}@lifeboat`));
    expect(tabletops.map((e) => e.isRecurring())).not.toContain(true);
    expect(tabletops.map((e) => e.startDate.toString())).toEqual(Array.from({ length: 12 }, (_, k) => addCalendarMonths('2025-04-30', 3 * k)));
    expect(tabletops.map((e) => e.startDate.toString())).toContain('2026-01-30');
    expect(new Set(tabletops.map((e) => e.uid)).size).toBe(12);
  });

  it('repeats the yearly test from Feb 28 with an RRULE that ical.js expands as the schedule counts', () => {
    const [yearly] = events.filter((e) => e.uid === `exercise-cadence-${live.id}@lifeboat`);
    expect(yearly?.isRecurring()).toBe(true);
    expect(occurrences(yearly as InstanceType<typeof ICAL.Event>, 5)).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-28', '2029-02-28']);
  });

  it('uses CRLF line endings only, and no line is longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('is a VCALENDAR 2.0 with a PRODID and the calendar name', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Lifeboat/);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Continuity exercises');
  });

  it('leaves out RRULE when not recurring', () => {
    const single = parseEvents(toICalendar(scheduleCalendarEvents(schedule, { recurring: false }), { now: NOW }));
    expect(single.map((e) => [e.startDate.toString(), e.isRecurring()])).toEqual([
      ['2025-04-30', false],
      ['2025-02-28', false],
    ]);
  });
});

describe('RFC 5545 details', () => {
  const tricky: CalendarEvent = {
    uid: 'x1@lifeboat',
    date: '2024-02-29',
    summary: 'Failover; DNS, DB \\ cache',
    description: `Line one\r\nLine two\nالتعافي من الكوارث — ${'步骤'.repeat(40)} 😀 end`,
  };
  const ics = toICalendar([tricky], { now: NOW });
  const [event] = parseEvents(ics);

  it('escapes , ; \\ and newlines so the text reads back exactly', () => {
    expect(event?.summary).toBe('Failover; DNS, DB \\ cache');
    expect(event?.description).toBe(`Line one\nLine two\nالتعافي من الكوارث — ${'步骤'.repeat(40)} 😀 end`);
    expect(ics).toContain('SUMMARY:Failover\\; DNS\\, DB \\\\ cache\r\n');
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\ufffd');
    }
  });

  it('writes a leap day as an all-day date', () => {
    expect(event?.startDate.toString()).toBe('2024-02-29');
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.endDate.toString()).toBe('2024-03-01');
  });

  it.each([
    ['monthly from the 28th, by RRULE', '2025-01-28', 1, 1],
    ['quarterly from the 15th, by RRULE', '2025-01-15', 3, 1],
    ['yearly from Feb 28 of a leap year, by RRULE', '2024-02-28', 12, 1],
    ['yearly from a leap day, as separate events', '2024-02-29', 12, 3],
    ['monthly from the 30th, as separate events', '2025-01-30', 1, 36],
    ['quarterly from the 31st, as separate events', '2025-08-31', 3, 12],
    ['monthly from the 29th, as separate events', '2025-01-29', 1, 36],
  ])('a repeat %s lands where the schedule counts', (_name, date, months, written) => {
    const parsed = parseEvents(toICalendar([{ uid: 'r@lifeboat', date, summary: 'Test', everyMonths: months }], { now: NOW }));
    expect(parsed).toHaveLength(written);
    const dates = parsed.length === 1 ? occurrences(parsed[0] as InstanceType<typeof ICAL.Event>, 14) : parsed.map((e) => e.startDate.toString());
    expect(dates).toEqual(Array.from({ length: dates.length }, (_, k) => addCalendarMonths(date, months * k)));
    expect(dates.length).toBeGreaterThanOrEqual(3);
  });

  it('escapes by the book and drops control characters TEXT may not hold', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('leaves short lines alone and folds long ones with a leading space', () => {
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
    const long = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = fold(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded.split('\r\n').map((l) => l.length)).toEqual([75, 75, 64]);
  });
});
