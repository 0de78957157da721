import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../../renderer/src/domain/bia/ranking';
import { checkTopFive, entriesNeedingReason, suggestTopFive } from '../../../renderer/src/domain/bia/topFiveRules';
import { criticalRank, topFiveSelectionSchema } from '../../../renderer/src/domain/topFive';

const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const ids = Object.fromEntries(names.map((n) => [n, crypto.randomUUID()])) as Record<string, string>;
const ranking = rankCandidates(names.map((n, i) => ({ processId: ids[n] as string, name: n, mtpdMinutes: 60 * (i + 1), peakImpact: 3 })));
const entries = (order: string, reasons: Record<string, string> = {}) => [...order].map((n) => ({ processId: ids[n] as string, reason: reasons[n] ?? '' }));
const named = (list: string[]) => list.map((id) => names.find((n) => ids[n] === id));

describe('entriesNeedingReason', () => {
  it.each([
    ['accepting the suggestion', 'ABCDE', []],
    ['swapping the first two: only the promoted one explains', 'BACDE', ['B']],
    ['moving E to the top', 'EABCD', ['E']],
    ['dropping C for F', 'ABDEF', ['F']],
    ['bringing G in at the top', 'GABCD', ['G']],
    ['full reversal', 'EDCBA', ['E', 'D', 'C', 'B']],
  ])('%s', (_name, order, expected) => {
    expect(named(entriesNeedingReason(entries(order), ranking))).toEqual(expected);
  });
});

describe('checkTopFive', () => {
  it('accepts the suggestion as is', () => {
    expect(suggestTopFive(ranking).map((e) => e.processId)).toEqual(entries('ABCDE').map((e) => e.processId));
    expect(checkTopFive({ entries: suggestTopFive(ranking) }, ranking)).toEqual([]);
  });

  it('asks for a reason until one is given', () => {
    expect(checkTopFive({ entries: entries('BACDE') }, ranking)).toEqual([{ code: 'reason-required', processId: ids.B }]);
    expect(checkTopFive({ entries: entries('BACDE', { B: 'Card payments pay the rent' }) }, ranking)).toEqual([]);
    expect(checkTopFive({ entries: entries('BACDE', { B: '   ' }) }, ranking)).toEqual([{ code: 'reason-required', processId: ids.B }]);
  });

  it('reports unknown processes and a short list', () => {
    const stranger = crypto.randomUUID();
    expect(checkTopFive({ entries: [...entries('ABC'), { processId: stranger, reason: 'x' }] }, ranking)).toEqual([
      { code: 'unknown-process', processId: stranger },
      { code: 'fewer-than-five', chosen: 4, available: 5 },
    ]);
    expect(checkTopFive({ entries: entries('AB') }, ranking.slice(0, 2))).toEqual([]);
  });
});

describe('topFiveSelectionSchema', () => {
  const base = { id: crypto.randomUUID(), kind: 'topFiveSelection', updatedAt: '2026-01-01T00:00:00.000Z' };
  it('keeps order and reasons, and gives ranks', () => {
    const s = topFiveSelectionSchema.parse({ ...base, entries: entries('BACDE', { B: 'Biggest customer' }) });
    expect(s.entries[0]).toEqual({ processId: ids.B, reason: 'Biggest customer' });
    expect(criticalRank(s, ids.A as string)).toBe(2);
    expect(criticalRank(s, ids.G as string)).toBeUndefined();
  });
  it.each([
    ['six entries', entries('ABCDEF')],
    ['a duplicate', entries('AAB')],
    ['a two-line reason', entries('BA', { B: 'one\ntwo' })],
  ])('rejects %s', (_name, e) => {
    expect(topFiveSelectionSchema.safeParse({ ...base, entries: e }).success).toBe(false);
  });
});
