import { describe, expect, it } from 'vitest';
import { checkObjectives, makeObjectives, objectivesSchema } from '../../renderer/src/domain/objectives';

describe('checkObjectives', () => {
  it.each([
    ['RTO below MTPD', { rtoMinutes: 60, rpoMinutes: 15 }, 480, []],
    ['RTO equal to MTPD', { rtoMinutes: 480, rpoMinutes: 15 }, 480, ['rto-not-below-mtpd']],
    ['RTO above MTPD', { rtoMinutes: 1440, rpoMinutes: 15 }, 480, ['rto-not-below-mtpd']],
    ['no MTPD yet', { rtoMinutes: 100000, rpoMinutes: 15 }, undefined, []],
    ['no RTO yet', { rpoMinutes: 15 }, 60, []],
    ['zero RTO', { rtoMinutes: 0, rpoMinutes: 15 }, 480, ['zero-rto']],
    ['zero RPO', { rtoMinutes: 60, rpoMinutes: 0 }, 480, ['zero-rpo']],
    ['both zero', { rtoMinutes: 0, rpoMinutes: 0 }, 480, ['zero-rto', 'zero-rpo']],
  ])('%s', (_name, objectives, mtpd, codes) => {
    expect(checkObjectives(objectives, mtpd).map((i) => i.code)).toEqual(codes);
  });

  it('marks RTO ≥ MTPD as an error and zero values as warnings, with the numbers', () => {
    const issues = checkObjectives({ rtoMinutes: 0, rpoMinutes: 0 }, 0);
    expect(issues).toContainEqual({ code: 'rto-not-below-mtpd', severity: 'error', field: 'rtoMinutes', params: { rtoMinutes: 0, mtpdMinutes: 0 } });
    expect(issues.filter((i) => i.severity === 'warning').map((i) => i.field)).toEqual(['rtoMinutes', 'rpoMinutes']);
  });
});

describe('objectivesSchema', () => {
  const parentId = crypto.randomUUID();
  it('accepts whole minutes and keeps the override apart', () => {
    const o = makeObjectives({ parentId, rtoMinutes: 60, rpoMinutes: 15, mtpdOverrideMinutes: 240 });
    expect(o).toMatchObject({ kind: 'objectives', parentId, rtoMinutes: 60, rpoMinutes: 15, mtpdOverrideMinutes: 240, mbco: '' });
  });
  it.each([{ rtoMinutes: 1.5 }, { rpoMinutes: -1 }, { mtpdOverrideMinutes: 0 }])('rejects %o', (bad) => {
    expect(objectivesSchema.safeParse({ id: crypto.randomUUID(), kind: 'objectives', updatedAt: new Date().toISOString(), parentId, ...bad }).success).toBe(false);
  });
});
