import { emptyGrid, peakImpact, type ImpactLevel } from '../impact';
import { tierFromRto, type Tier } from '../tier';
import { DEFAULT_TOLERABLE_LEVELS, effectiveTolerance } from '../tolerance';
import { effectiveMtpd, suggestMtpd, type ProcessMtpd } from './mtpd';
import { indexPlan, type BiaIndex, type BiaPlan } from './plan';
import { rankCandidates, type RankedCandidate } from './ranking';
import { computeRollDown, type RollDownEntry } from './rollDown';
import { biaWarnings, type BiaWarning } from './warnings';

/** Every value the BIA screens show that is computed rather than typed. */
export interface BiaDerived {
  index: BiaIndex;
  mtpdByProcess: Map<string, ProcessMtpd>;
  peakByProcess: Map<string, ImpactLevel>;
  tierByProcess: Map<string, Tier | undefined>;
  ranking: RankedCandidate[];
  rollDown: Map<string, RollDownEntry>;
  warnings: BiaWarning[];
  warningsByProcess: Map<string, BiaWarning[]>;
}

/** Derives everything in linear passes over the plan; cheap enough to rerun on every edit. */
export function deriveBia(plan: BiaPlan): BiaDerived {
  const index = indexPlan(plan);
  const organisationTolerance = plan.tolerance ?? DEFAULT_TOLERABLE_LEVELS;
  const mtpdByProcess = new Map<string, ProcessMtpd>();
  const peakByProcess = new Map<string, ImpactLevel>();
  const tierByProcess = new Map<string, Tier | undefined>();
  const rankingInput = [];
  for (const process of plan.processes) {
    const assessment = index.assessmentByProcess.get(process.id);
    const grid = assessment?.levels ?? emptyGrid();
    const tolerable = effectiveTolerance(organisationTolerance, assessment?.tolerableOverrides);
    const objectives = index.objectivesByProcess.get(process.id);
    const mtpd = effectiveMtpd(suggestMtpd(grid, tolerable), objectives);
    const peak = peakImpact(grid);
    mtpdByProcess.set(process.id, mtpd);
    peakByProcess.set(process.id, peak);
    tierByProcess.set(process.id, tierFromRto(objectives?.rtoMinutes));
    rankingInput.push({ processId: process.id, name: process.name, mtpdMinutes: mtpd.minutes, peakImpact: peak });
  }
  const rollDown = computeRollDown(index);
  const warnings = biaWarnings(index, mtpdByProcess, rollDown);
  const warningsByProcess = new Map<string, BiaWarning[]>();
  for (const w of warnings) {
    if (w.processId === undefined) continue;
    const list = warningsByProcess.get(w.processId);
    if (list) list.push(w);
    else warningsByProcess.set(w.processId, [w]);
  }
  return { index, mtpdByProcess, peakByProcess, tierByProcess, ranking: rankCandidates(rankingInput), rollDown, warnings, warningsByProcess };
}
