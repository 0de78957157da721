import { describe, expect, it } from 'vitest';
import { costPerYear, costSummary, techniqueSchema, type CostedStrategy } from '../../../renderer/src/domain/strategy';

const shop = { id: 'shop', name: 'Online shop', rtoMinutes: 60, rpoMinutes: 15 };
const payroll = { id: 'payroll', name: 'Payroll', rtoMinutes: 4320 };

const strategy = (id: string, parentId: string, technique: Record<string, unknown>, oneOffCost: number, yearlyCost: number): CostedStrategy => ({
  id, parentId, technique: techniqueSchema.parse(technique), oneOffCost, yearlyCost,
});

describe('cost summary', () => {
  const strategies = [
    strategy('maz', 'shop', { type: 'multi-az' }, 0, 1200),
    strategy('logs', 'shop', { type: 'backup-log', intervalMinutes: 15 }, 500, 240),
    strategy('manual', 'payroll', { type: 'manual-workaround', readyMinutes: 240 }, 100, 0),
    strategy('nas', 'some-asset', { type: 'offsite-copy' }, 300, 60),
  ];
  const summary = costSummary([shop, payroll], strategies);

  it('adds up one-off and yearly cost per process', () => {
    expect(summary.rows.map((r) => [r.processName, r.oneOffCost, r.yearlyCost, r.firstYearCost])).toEqual([
      ['Online shop', 500, 1440, 1940],
      ['Payroll', 100, 0, 100],
    ]);
  });

  it('ties the cost to what it achieves against the targets', () => {
    const [shopRow, payrollRow] = summary.rows;
    expect(shopRow).toMatchObject({ rto: { minutes: 5, strategyId: 'maz' }, rpo: { minutes: 0, strategyId: 'maz' }, gaps: [] });
    expect(payrollRow?.rto).toEqual({ minutes: 240, strategyId: 'manual' });
    expect(payrollRow?.gaps).toEqual([]);
  });

  it('keeps strategies of other parents out of the rows but in the totals', () => {
    expect(summary.unassigned).toEqual({ strategyIds: ['nas'], oneOffCost: 300, yearlyCost: 60 });
    expect(summary.totals).toEqual({ oneOffCost: 900, yearlyCost: 1500, firstYearCost: 2400 });
  });

  it('shows a process with no strategy as all gap and no cost', () => {
    const row = costSummary([shop], []).rows[0];
    expect(row).toMatchObject({ oneOffCost: 0, yearlyCost: 0, strategyIds: [] });
    expect(row?.gaps.map((g) => g.dimension)).toEqual(['rto', 'rpo']);
  });

  it('spreads cost over the years', () => {
    expect(costPerYear(500, 240, 3)).toEqual([740, 240, 240]);
    expect(costPerYear(500, 240, 0)).toEqual([]);
  });
});
