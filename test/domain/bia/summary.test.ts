import { expect, it } from 'vitest';
import { deriveBia } from '../../../renderer/src/domain/bia/derive';
import { biaSummary, hasBlockingWarnings } from '../../../renderer/src/domain/bia/summary';
import { grid, NOW, PlanBuilder } from './plan.fixture';

function sevenProcesses(): PlanBuilder {
  const b = new PlanBuilder();
  // Each crosses tolerable one time point later than the one before: P1 at 1 h … P7 at 2 w.
  for (let i = 0; i < 7; i++) {
    const row = [0, 0, 0, 0, 0, 0, 0].map((_, j) => (j >= i ? 3 : 0)) as (0 | 3)[];
    b.process(`P${i + 1}`, { levels: grid({ operational: row }), rtoMinutes: 30, rpoMinutes: 15 });
  }
  return b;
}

it('without a selection the summary shows the suggested five in ranking order', () => {
  const rows = biaSummary(deriveBia(sevenProcesses().build()));
  expect(rows.map((r) => [r.rank, r.name, r.mtpd.minutes, r.tier])).toEqual([
    [1, 'P1', 60, 'mission-critical'],
    [2, 'P2', 240, 'mission-critical'],
    [3, 'P3', 480, 'mission-critical'],
    [4, 'P4', 1440, 'mission-critical'],
    [5, 'P5', 4320, 'mission-critical'],
  ]);
});

it('with a selection it follows the user order and attaches each process its warnings', () => {
  const b = sevenProcesses().process('Slow', { levels: grid({ financial: [3, 3, 3, 3, 3, 3, 3] }), rtoMinutes: 120, rpoMinutes: 60, mbco: 'Phone orders only' });
  const entries = ['Slow', 'P7', 'P1'].map((n) => ({ processId: b.id(n), reason: n === 'P1' ? '' : 'Owner says so' }));
  const plan = b.build({ topFive: { id: crypto.randomUUID(), kind: 'topFiveSelection', updatedAt: NOW.toISOString(), entries } });
  const rows = biaSummary(deriveBia(plan));
  expect(rows.map((r) => r.name)).toEqual(['Slow', 'P7', 'P1']);
  expect(rows[0]).toMatchObject({ rtoMinutes: 120, rpoMinutes: 60, mbco: 'Phone orders only', owner: 'Sam', peakImpact: 3, tier: 'mission-critical' });
  expect(rows[0]?.warnings.map((w) => w.code)).toEqual(['rto-not-below-mtpd']);
  expect(rows[1]?.warnings).toEqual([]);
  expect(hasBlockingWarnings(rows)).toBe(true);
  expect(hasBlockingWarnings(rows.slice(1))).toBe(false);
});

it('uses the organisation tolerance when given', () => {
  const b = new PlanBuilder().process('P', { levels: grid({ financial: [1, 2, 3, 3, 3, 3, 3] }) });
  expect(deriveBia(b.build()).mtpdByProcess.get(b.id('P'))?.minutes).toBe(480);
  expect(deriveBia(b.build({ tolerance: { financial: 1, operational: 2, legal: 2, reputational: 2, safety: 1 } })).mtpdByProcess.get(b.id('P'))?.minutes).toBe(240);
});
