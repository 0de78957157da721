import { expect, it } from 'vitest';
import { rankCandidates, type RankingInput } from '../../../renderer/src/domain/bia/ranking';

const c = (name: string, mtpdMinutes: number | undefined, peakImpact: 0 | 1 | 2 | 3 | 4, processId = name): RankingInput => ({ processId, name, mtpdMinutes, peakImpact });

it.each([
  ['MTPD ascending first', [c('a', 1440, 4), c('b', 60, 1), c('c', 480, 2)], ['b', 'c', 'a']],
  ['no MTPD goes last', [c('a', undefined, 4), c('b', 20160, 0)], ['b', 'a']],
  ['then peak impact descending', [c('a', 480, 2), c('b', 480, 4), c('c', 480, 3)], ['b', 'c', 'a']],
  ['then name, ignoring case, numbers in order', [c('payroll', 60, 3), c('Orders 10', 60, 3), c('orders 9', 60, 3)], ['orders 9', 'Orders 10', 'payroll']],
  ['then id for identical names', [c('Same', 60, 3, 'z'), c('Same', 60, 3, 'a')], ['a', 'z']],
])('%s', (_name, input, expected) => {
  const ranked = rankCandidates(input);
  expect(ranked.map((r) => r.processId)).toEqual(expected);
  expect(ranked.map((r) => r.rank)).toEqual(expected.map((_, i) => i + 1));
});

it('does not reorder its input', () => {
  const input = [c('b', 60, 1), c('a', 60, 1)];
  rankCandidates(input);
  expect(input.map((i) => i.name)).toEqual(['b', 'a']);
});
