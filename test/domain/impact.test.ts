import { describe, expect, it } from 'vitest';
import {
  carryForward,
  copyRowForward,
  emptyGrid,
  impactAssessmentSchema,
  levelAt,
  peakImpact,
  setImpactLevel,
  type ImpactLevel,
} from '../../renderer/src/domain/impact';

describe('carryForward', () => {
  it.each<[string, ImpactLevel[], ImpactLevel[]]>([
    ['keeps a rising row', [0, 1, 2, 3, 4, 4, 4], [0, 1, 2, 3, 4, 4, 4]],
    ['carries a dip forward', [0, 3, 1, 2, 0, 4, 1], [0, 3, 3, 3, 3, 4, 4]],
    ['fills missing later points with the last value', [2, 3], [2, 3, 3, 3, 3, 3, 3]],
    ['keeps an all-zero row', [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0]],
    ['a first-point peak holds to the end', [4, 0, 0, 0, 0, 0, 0], [4, 4, 4, 4, 4, 4, 4]],
  ])('%s', (_name, row, expected) => {
    expect(carryForward(row)).toEqual(expected);
  });
});

describe('setImpactLevel', () => {
  it('raises later points that are lower', () => {
    const g = setImpactLevel(emptyGrid(), 'financial', 480, 3);
    expect(g.financial).toEqual([0, 0, 3, 3, 3, 3, 3]);
    expect(g.operational).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves later higher points alone when a point is lowered', () => {
    let g = setImpactLevel(emptyGrid(), 'legal', 1440, 4);
    g = setImpactLevel(g, 'legal', 240, 2);
    g = setImpactLevel(g, 'legal', 240, 1);
    expect(g.legal).toEqual([0, 1, 2, 4, 4, 4, 4]);
  });

  it('cannot go below the previous point', () => {
    const g = setImpactLevel(setImpactLevel(emptyGrid(), 'safety', 60, 2), 'safety', 480, 0);
    expect(levelAt(g, 'safety', 480)).toBe(2);
  });
});

describe('copyRowForward', () => {
  const start = setImpactLevel(setImpactLevel(emptyGrid(), 'financial', 240, 2), 'reputational', 240, 1);
  const withLater = setImpactLevel(start, 'financial', 4320, 4);

  it('copies every category at a point to the next point only', () => {
    const g = copyRowForward(setImpactLevel(emptyGrid(), 'operational', 60, 3), 60);
    expect(g.operational).toEqual([3, 3, 3, 3, 3, 3, 3]); // carry-forward already filled it
    const h = copyRowForward(withLater, 1440);
    expect(h.financial).toEqual([0, 2, 2, 2, 2, 4, 4]); // 72 h was 4; copying 2 over it lowers it
  });

  it('copies to every later point with toEnd', () => {
    const g = copyRowForward(withLater, 240, { toEnd: true });
    expect(g.financial).toEqual([0, 2, 2, 2, 2, 2, 2]);
    expect(g.reputational).toEqual([0, 1, 1, 1, 1, 1, 1]);
  });

  it('does nothing past the last point', () => {
    expect(copyRowForward(withLater, 20160)).toEqual(withLater);
  });
});

describe('impactAssessmentSchema', () => {
  const base = { id: crypto.randomUUID(), kind: 'impactAssessment', updatedAt: '2026-01-01T00:00:00.000Z', parentId: crypto.randomUUID() };

  it('stores grids carried forward', () => {
    const a = impactAssessmentSchema.parse({ ...base, levels: { ...emptyGrid(), financial: [3, 1, 0, 4, 0, 0, 0] } });
    expect(a.levels.financial).toEqual([3, 3, 3, 4, 4, 4, 4]);
  });

  it.each([
    ['a level above 4', { ...emptyGrid(), financial: [5, 5, 5, 5, 5, 5, 5] }],
    ['a fractional level', { ...emptyGrid(), legal: [0.5, 1, 1, 1, 1, 1, 1] }],
    ['a short row', { ...emptyGrid(), safety: [1, 2] }],
  ])('rejects %s', (_name, levels) => {
    expect(impactAssessmentSchema.safeParse({ ...base, levels }).success).toBe(false);
  });

  it('rejects a multi-line justification and requires the parent process', () => {
    expect(impactAssessmentSchema.safeParse({ ...base, justifications: [{ category: 'financial', timePoint: 60, text: 'a\nb' }] }).success).toBe(false);
    expect(impactAssessmentSchema.safeParse({ ...base, justifications: [{ category: 'financial', timePoint: 90, text: 'x' }] }).success).toBe(false);
    expect(impactAssessmentSchema.safeParse({ ...base, parentId: undefined }).success).toBe(false);
  });
});

it('peakImpact is the highest level anywhere', () => {
  expect(peakImpact(emptyGrid())).toBe(0);
  expect(peakImpact(setImpactLevel(setImpactLevel(emptyGrid(), 'legal', 20160, 3), 'safety', 60, 2))).toBe(3);
});
