import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMinutes, parseMinutes } from '../../renderer/src/domain/duration';

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [1, '1 min'],
    [15, '15 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [1440, '24 h'],
    [4320, '72 h'],
    [10080, '1 w'],
    [10080 + 150, '1 w 2 h 30 min'],
    [20160, '2 w'],
    [-15, '-15 min'],
    [14.6, '15 min'],
  ])('%d minutes → "%s"', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('refuses what is not a number of minutes', () => {
    expect(() => formatMinutes(Number.NaN)).toThrow(RangeError);
    expect(() => formatMinutes(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('parseMinutes', () => {
  it.each([
    ['90', 90],
    ['  15 ', 15],
    ['1h30m', 90],
    ['1 h', 60],
    ['1 h 30 min', 90],
    ['24 h', 1440],
    ['1 w', 10080],
    ['2 days', 2880],
    ['1.5 h', 90],
    ['1,5h', 90],
    ['1:30', 90],
    ['45 Minutes', 45],
    ['0', 0],
  ])('"%s" → %d', (text, minutes) => {
    expect(parseMinutes(text)).toBe(minutes);
  });

  it.each(['', 'soon', '1 fortnight', '0.5 min', '-5', '1h x', 'h', '1:75', '99999999 w'])('"%s" is not a duration', (text) => {
    expect(parseMinutes(text)).toBeUndefined();
  });

  it('reads back everything formatMinutes writes', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500_000 }), (minutes) => parseMinutes(formatMinutes(minutes)) === minutes));
  });
});
