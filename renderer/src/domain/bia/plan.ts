import type { Asset } from '../asset';
import type { Contact } from '../contact';
import type { Dependency } from '../dependency';
import type { ImpactAssessment } from '../impact';
import type { Objectives } from '../objectives';
import type { Process } from '../process';
import type { TolerableLevels } from '../tolerance';
import type { TopFiveSelection } from '../topFive';
import type { Vendor } from '../vendor';

/** Everything the BIA rules read: the plan's records as the store holds them. */
export interface BiaPlan {
  processes: readonly Process[];
  assessments: readonly ImpactAssessment[];
  objectives: readonly Objectives[];
  assets: readonly Asset[];
  vendors: readonly Vendor[];
  contacts: readonly Contact[];
  dependencies: readonly Dependency[];
  /** Organisation-wide tolerable levels; defaults apply when absent. */
  tolerance?: TolerableLevels;
  topFive?: TopFiveSelection;
}

/**
 * Lookups built once per derivation. Every rule goes through these maps, so deriving a plan of
 * thousands of records stays linear instead of scanning lists inside loops.
 */
export interface BiaIndex {
  plan: BiaPlan;
  processById: ReadonlyMap<string, Process>;
  assessmentByProcess: ReadonlyMap<string, ImpactAssessment>;
  objectivesByProcess: ReadonlyMap<string, Objectives>;
  assetById: ReadonlyMap<string, Asset>;
  vendorById: ReadonlyMap<string, Vendor>;
  contactById: ReadonlyMap<string, Contact>;
  dependenciesByProcess: ReadonlyMap<string, readonly Dependency[]>;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) map.set(r.id, r);
  return map;
}

function byParent<T extends { parentId: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) map.set(r.parentId, r);
  return map;
}

export function indexPlan(plan: BiaPlan): BiaIndex {
  const dependenciesByProcess = new Map<string, Dependency[]>();
  for (const d of plan.dependencies) {
    const list = dependenciesByProcess.get(d.parentId);
    if (list) list.push(d);
    else dependenciesByProcess.set(d.parentId, [d]);
  }
  return {
    plan,
    processById: byId(plan.processes),
    assessmentByProcess: byParent(plan.assessments),
    objectivesByProcess: byParent(plan.objectives),
    assetById: byId(plan.assets),
    vendorById: byId(plan.vendors),
    contactById: byId(plan.contacts),
    dependenciesByProcess,
  };
}
