import { describe, expect, it } from 'vitest';
import { describeMtpdReason, effectiveMtpd, suggestMtpd } from '../../../renderer/src/domain/bia/mtpd';
import { DEFAULT_TOLERABLE_LEVELS, effectiveTolerance } from '../../../renderer/src/domain/tolerance';
import { grid } from './plan.fixture';

const tolerable2 = { financial: 2, operational: 2, legal: 2, reputational: 2, safety: 2 } as const;

describe('suggestMtpd', () => {
  it.each([
    ['nothing above tolerable', grid({ financial: [0, 1, 2, 2, 2, 2, 2] }), undefined, undefined],
    ['financial crosses at 8 h', grid({ financial: [0, 1, 3, 3, 3, 4, 4] }), 480, 'financial'],
    ['first point already intolerable', grid({ operational: [3, 3, 3, 3, 3, 3, 3] }), 60, 'operational'],
    ['last point only', grid({ legal: [0, 0, 0, 0, 0, 0, 3] }), 20160, 'legal'],
    ['earliest of several categories wins', grid({ financial: [0, 0, 0, 3, 3, 3, 3], reputational: [0, 0, 3, 3, 3, 3, 3] }), 480, 'reputational'],
    ['at the same point the furthest above wins', grid({ financial: [0, 3, 3, 3, 3, 3, 3], safety: [0, 4, 4, 4, 4, 4, 4] }), 240, 'safety'],
    ['equal excess: category order decides', grid({ legal: [0, 3, 3, 3, 3, 3, 3], financial: [0, 3, 3, 3, 3, 3, 3] }), 240, 'financial'],
  ])('%s', (_name, g, minutes, category) => {
    const s = suggestMtpd(g, tolerable2);
    expect(s?.minutes).toBe(minutes);
    expect(s?.reason.category).toBe(category);
  });

  it('gives the reason the UI shows, with the other categories also above', () => {
    const s = suggestMtpd(grid({ financial: [0, 1, 3, 3, 3, 3, 3], operational: [0, 0, 3, 3, 3, 3, 3] }), tolerable2);
    expect(s?.reason).toEqual({ category: 'financial', timePoint: 480, level: 3, tolerable: 2, alsoAbove: ['operational'] });
    expect(s && describeMtpdReason(s.reason)).toBe('Because financial impact reaches 3 (severe) at 8 h, above your tolerable level 2');
  });

  it('respects per-process tolerable overrides over the organisation default', () => {
    const g = grid({ financial: [1, 2, 2, 3, 3, 3, 3], safety: [0, 0, 0, 0, 0, 2, 2] });
    expect(suggestMtpd(g, DEFAULT_TOLERABLE_LEVELS)?.minutes).toBe(1440);
    expect(suggestMtpd(g, effectiveTolerance(DEFAULT_TOLERABLE_LEVELS, { financial: 0 }))?.reason).toMatchObject({ category: 'financial', timePoint: 60, tolerable: 0 });
    expect(suggestMtpd(g, effectiveTolerance(DEFAULT_TOLERABLE_LEVELS, { financial: 3 }))?.reason).toMatchObject({ category: 'safety', timePoint: 10080, level: 2, tolerable: 1 });
    expect(suggestMtpd(g, effectiveTolerance(DEFAULT_TOLERABLE_LEVELS, { financial: 4, safety: 4 }))).toBeUndefined();
  });
});

describe('effectiveMtpd', () => {
  const suggestion = suggestMtpd(grid({ financial: [0, 3, 3, 3, 3, 3, 3] }), tolerable2);
  it.each([
    ['suggestion when no override', suggestion, {}, 240, 'suggested'],
    ['override wins and suggestion is kept', suggestion, { mtpdOverrideMinutes: 480 }, 480, 'override'],
    ['override without suggestion', undefined, { mtpdOverrideMinutes: 1440 }, 1440, 'override'],
    ['neither', undefined, undefined, undefined, 'none'],
  ] as const)('%s', (_name, s, objectives, minutes, source) => {
    const m = effectiveMtpd(s, objectives);
    expect(m.minutes).toBe(minutes);
    expect(m.source).toBe(source);
    expect(m.suggestion).toBe(s);
  });
});
