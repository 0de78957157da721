import type { StrategyLike } from './achievable';
import { checkGaps, type Gap, type Targets } from './gap';
import type { BestValue } from './combined';

export interface CostedStrategy extends StrategyLike {
  parentId: string;
  oneOffCost: number;
  yearlyCost: number;
}

export interface CostedProcess extends Targets {
  id: string;
  name: string;
}

export interface ProcessCostRow {
  processId: string;
  processName: string;
  strategyIds: string[];
  oneOffCost: number;
  yearlyCost: number;
  /** One-off plus the first year's running cost: what the first budget has to find. */
  firstYearCost: number;
  targets: Targets;
  rto?: BestValue;
  rpo?: BestValue;
  gaps: Gap[];
}

export interface CostSummary {
  rows: ProcessCostRow[];
  /** Strategies whose parent is not one of the processes given (shared assets, for instance). */
  unassigned: { strategyIds: string[]; oneOffCost: number; yearlyCost: number };
  totals: { oneOffCost: number; yearlyCost: number; firstYearCost: number };
}

/**
 * The seed's "cost analysis tying strategy to chosen RTO/RPO": per process, what its strategies
 * cost once and every year beside what they achieve against its targets. Rows follow the order
 * of `processes`, so the table reads like the rest of the plan.
 */
export function costSummary(processes: readonly CostedProcess[], strategies: readonly CostedStrategy[]): CostSummary {
  const processIds = new Set(processes.map((p) => p.id));
  const rows = processes.map((process): ProcessCostRow => {
    const own = strategies.filter((s) => s.parentId === process.id);
    const targets: Targets = {};
    if (process.rtoMinutes !== undefined) targets.rtoMinutes = process.rtoMinutes;
    if (process.rpoMinutes !== undefined) targets.rpoMinutes = process.rpoMinutes;
    const { capability, gaps } = checkGaps(targets, own);
    const oneOffCost = sum(own, (s) => s.oneOffCost);
    const yearlyCost = sum(own, (s) => s.yearlyCost);
    const row: ProcessCostRow = {
      processId: process.id,
      processName: process.name,
      strategyIds: own.map((s) => s.id),
      oneOffCost,
      yearlyCost,
      firstYearCost: oneOffCost + yearlyCost,
      targets,
      gaps,
    };
    if (capability.rto) row.rto = capability.rto;
    if (capability.rpo) row.rpo = capability.rpo;
    return row;
  });

  const others = strategies.filter((s) => !processIds.has(s.parentId));
  const oneOffCost = sum(strategies, (s) => s.oneOffCost);
  const yearlyCost = sum(strategies, (s) => s.yearlyCost);
  return {
    rows,
    unassigned: { strategyIds: others.map((s) => s.id), oneOffCost: sum(others, (s) => s.oneOffCost), yearlyCost: sum(others, (s) => s.yearlyCost) },
    totals: { oneOffCost, yearlyCost, firstYearCost: oneOffCost + yearlyCost },
  };
}

/** Cost of each year from the first: year 1 carries the one-off cost, later years only the running cost. */
export function costPerYear(oneOffCost: number, yearlyCost: number, years: number): number[] {
  return Array.from({ length: Math.max(0, years) }, (_, index) => (index === 0 ? oneOffCost : 0) + yearlyCost);
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
