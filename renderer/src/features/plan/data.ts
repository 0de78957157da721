import { useMemo } from 'react';
import { ASSET_KIND, type Asset } from '../../domain/asset';
import { deriveBia, type BiaDerived } from '../../domain/bia/derive';
import type { BiaPlan } from '../../domain/bia/plan';
import { CONTACT_KIND, type Contact } from '../../domain/contact';
import { DEPENDENCY_KIND, type Dependency } from '../../domain/dependency';
import { IMPACT_ASSESSMENT_KIND, type ImpactAssessment } from '../../domain/impact';
import { OBJECTIVES_KIND, type Objectives } from '../../domain/objectives';
import { ORGANISATION_KIND, type Organisation } from '../../domain/organisation';
import { PROCESS_KIND, type Process } from '../../domain/process';
import { IMPACT_TOLERANCE_KIND, type ImpactTolerance } from '../../domain/tolerance';
import { TOP_FIVE_KIND, type TopFiveSelection } from '../../domain/topFive';
import { useRecords } from '../../store';
import type { Vendor } from '../../domain/vendor';
import { VENDOR_KIND } from '../../domain/vendor';

/**
 * Typed views of the store. Every record was validated by its domain schema before it was saved,
 * so reading it back as that type is safe; the arrays keep their identity until the next commit,
 * which makes them good memo dependencies.
 */
function useTyped<T>(kind: string): readonly T[] {
  return useRecords(kind) as unknown as readonly T[];
}

export const useProcesses = () => useTyped<Process>(PROCESS_KIND);
export const useAssets = () => useTyped<Asset>(ASSET_KIND);
export const useVendors = () => useTyped<Vendor>(VENDOR_KIND);
export const useContacts = () => useTyped<Contact>(CONTACT_KIND);
export const useDependencies = () => useTyped<Dependency>(DEPENDENCY_KIND);
export const useAssessments = () => useTyped<ImpactAssessment>(IMPACT_ASSESSMENT_KIND);
export const useObjectivesList = () => useTyped<Objectives>(OBJECTIVES_KIND);

export function useOrganisation(): Organisation | undefined {
  return useTyped<Organisation>(ORGANISATION_KIND)[0];
}

export function useTolerance(): ImpactTolerance | undefined {
  return useTyped<ImpactTolerance>(IMPACT_TOLERANCE_KIND)[0];
}

export function useTopFive(): TopFiveSelection | undefined {
  return useTyped<TopFiveSelection>(TOP_FIVE_KIND)[0];
}

/** The plan as the BIA rules read it. */
export function useBiaPlan(): BiaPlan {
  const processes = useProcesses();
  const assessments = useAssessments();
  const objectives = useObjectivesList();
  const assets = useAssets();
  const vendors = useVendors();
  const contacts = useContacts();
  const dependencies = useDependencies();
  const tolerance = useTolerance();
  const topFive = useTopFive();
  return useMemo(
    () => ({ processes, assessments, objectives, assets, vendors, contacts, dependencies, tolerance: tolerance?.levels, topFive }),
    [processes, assessments, objectives, assets, vendors, contacts, dependencies, tolerance, topFive],
  );
}

let lastDerived: { plan: BiaPlan; derived: BiaDerived } | undefined;

function samePlan(a: BiaPlan, b: BiaPlan): boolean {
  return (
    a.processes === b.processes &&
    a.assessments === b.assessments &&
    a.objectives === b.objectives &&
    a.assets === b.assets &&
    a.vendors === b.vendors &&
    a.contacts === b.contacts &&
    a.dependencies === b.dependencies &&
    a.tolerance === b.tolerance &&
    a.topFive === b.topFive
  );
}

/**
 * Every derived BIA value (MTPD, ranking, tiers, roll-down, warnings), recomputed after each commit.
 * The store hands every component the same arrays until the next commit, so one derivation is
 * shared by all the fields and tables on screen instead of each computing its own.
 */
export function useBia(): BiaDerived {
  const plan = useBiaPlan();
  return useMemo(() => {
    if (lastDerived && samePlan(lastDerived.plan, plan)) return lastDerived.derived;
    const derived = deriveBia(plan);
    lastDerived = { plan, derived };
    return derived;
  }, [plan]);
}

export function byName<T extends { name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }));
}
