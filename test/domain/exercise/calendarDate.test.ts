import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDateSchema,
  daysBetween,
  dueState,
  latestCalendarDate,
  todayIn,
} from '../../../renderer/src/domain/exercise';

describe('calendar dates', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 3, '2025-04-30'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-08-31', 6, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    // Europe's and America's daylight-saving changes: a day is still a day.
    ['2025-03-30', 1, '2025-03-31'],
    ['2025-11-02', 1, '2025-11-03'],
  ])('%s + %i day = %s', (from, days, expected) => {
    expect(addCalendarDays(from, days)).toBe(expected);
  });

  it('counts whole days across a leap day and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2025-01-01')).toBe(-364);
  });

  it('adding then subtracting days gives the day back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const day = d.toISOString().slice(0, 10);
        expect(addCalendarDays(addCalendarDays(day, n), -n)).toBe(day);
        expect(daysBetween(day, addCalendarDays(day, n))).toBe(n);
      }),
    );
  });

  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['0025-01-01', false],
    ['2025-12-31', true],
  ])('accepts %s as a calendar date: %s', (text, valid) => {
    expect(calendarDateSchema.safeParse(text).success).toBe(valid);
  });

  it('refuses arithmetic on something that is not a date', () => {
    expect(() => addCalendarMonths('2025-02-30', 1)).toThrow(RangeError);
  });

  it.each([
    // 23:30 UTC on 31 March is already 1 April in Riyadh (UTC+3) but not in Los Angeles.
    ['2025-03-31T23:30:00Z', 'Asia/Riyadh', '2025-04-01'],
    ['2025-03-31T23:30:00Z', 'America/Los_Angeles', '2025-03-31'],
    ['2025-03-31T23:30:00Z', 'UTC', '2025-03-31'],
    // Kiritimati is UTC+14, Pago Pago UTC-11: the same instant is two different dates.
    ['2024-02-28T12:00:00Z', 'Pacific/Kiritimati', '2024-02-29'],
    ['2024-02-29T10:00:00Z', 'Pacific/Pago_Pago', '2024-02-28'],
    ['2024-12-31T21:00:00Z', 'Asia/Riyadh', '2025-01-01'],
  ])('at %s in %s the date is %s', (instant, zone, date) => {
    expect(todayIn(new Date(instant), zone)).toBe(date);
  });

  it('refuses an unknown time zone', () => {
    expect(() => todayIn(new Date(0), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it.each([
    ['2025-05-10', '2025-05-10', 'due-soon'],
    ['2025-05-10', '2025-05-11', 'overdue'],
    ['2025-05-24', '2025-05-10', 'due-soon'],
    ['2025-05-25', '2025-05-10', 'scheduled'],
  ] as const)('a date due %s seen on %s is %s (14 days’ notice)', (due, today, state) => {
    expect(dueState(due, today, 14)).toBe(state);
  });

  it('finds the latest date', () => {
    expect(latestCalendarDate(['2025-01-02', '2025-10-01', '2024-12-31'])).toBe('2025-10-01');
    expect(latestCalendarDate([])).toBeUndefined();
  });
});
