import { expect, it } from 'vitest';
import { parseDurationCell, unitFromHeader } from '../../../renderer/src/domain/csv/durationCell';
import { formatDuration, TIME_POINTS } from '../../../renderer/src/domain/timePoints';

it.each([
  ['', 'minutes', undefined],
  ['  ', 'minutes', undefined],
  ['90', 'minutes', 90],
  ['8', 'hours', 480],
  ['1.5 h', 'minutes', 90],
  ['1,5h', 'minutes', 90],
  ['15 min', 'hours', 15],
  ['4 hours', 'minutes', 240],
  ['2 d', 'minutes', 2880],
  ['1 w', 'minutes', 10080],
  ['2 weeks', 'minutes', 20160],
  ['-5', 'minutes', -5],
  ['1.5', 'minutes', 1.5],
] as const)('reads %j in a %s column as %s', (cell, unit, expected) => {
  expect(parseDurationCell(cell, unit)).toBe(expected);
});

it.each(['soon', '4 fortnights', '1 h 30', 'h'])('cannot read %j', (cell) => {
  expect(parseDurationCell(cell)).toBeNaN();
});

it.each([
  ['RTO (minutes)', 'minutes'],
  ['RTO', 'minutes'],
  ['RTO (hours)', 'hours'],
  ['RTO hrs', 'hours'],
  ['RPO (h)', 'hours'],
  ['Recovery time in days', 'days'],
  ['MTPD (weeks)', 'weeks'],
])('header %j holds %s', (header, unit) => {
  expect(unitFromHeader(header)).toBe(unit);
});

it('formats every time point so it reads back unchanged', () => {
  expect(TIME_POINTS.map(formatDuration)).toEqual(['1 h', '4 h', '8 h', '24 h', '72 h', '1 w', '2 w']);
  for (const m of [0, 15, 90, 2880, 5760, 30240, 525600]) expect(parseDurationCell(formatDuration(m))).toBe(m);
});
