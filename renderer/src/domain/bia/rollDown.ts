import type { Dependency } from '../dependency';
import type { BiaIndex } from './plan';

/** The strictest objective a target must meet, and the process (and link) that imposes it. */
export interface RollDownRequirement {
  minutes: number;
  processId: string;
  dependencyId: string;
}

export type CapabilityTargetType = 'asset' | 'vendor';

export interface RollDownEntry {
  targetType: CapabilityTargetType;
  targetId: string;
  targetName: string;
  /** Achievable RTO/RPO for an asset, SLA RTO/RPO for a vendor; undefined when not recorded. */
  capabilityRtoMinutes: number | undefined;
  capabilityRpoMinutes: number | undefined;
  requiredRto: RollDownRequirement | undefined;
  requiredRpo: RollDownRequirement | undefined;
  /** Every process that needs this target, in plan order. */
  processIds: string[];
  /** One required link per process, so a warning can point at the link to fix. */
  dependencyIds: string[];
  rtoViolated: boolean;
  rpoViolated: boolean;
}

export function rollDownKey(targetType: CapabilityTargetType, targetId: string): string {
  return `${targetType}:${targetId}`;
}

/**
 * Only links the process cannot run without take part: an optional or outgoing link does not stop
 * the process from recovering, so it need not match the process's objectives.
 */
export function isRollDownLink(d: Dependency): boolean {
  return d.required && d.direction === 'needs' && d.targetType !== 'contact';
}

/**
 * Roll-down: a dependency must come back (RTO) and lose no more data (RPO) than the strictest
 * process that needs it allows. An asset shared by two processes therefore answers to the
 * stricter of the two. One pass over the links (grouped by process), one over the targets.
 */
export function computeRollDown(index: BiaIndex): Map<string, RollDownEntry> {
  // Keyed by id per target type while scanning, so the hot loop builds no composite strings.
  const byType: Record<CapabilityTargetType, Map<string, RollDownEntry>> = { asset: new Map(), vendor: new Map() };
  // Walking the links process by process means a process linked twice to one target is seen
  // twice in a row, so remembering the last process per target is enough to count it once.
  const lastProcess = new Map<RollDownEntry, string>();
  for (const process of index.plan.processes) {
    const links = index.dependenciesByProcess.get(process.id);
    if (!links) continue;
    const objectives = index.objectivesByProcess.get(process.id);
    const rto = objectives?.rtoMinutes;
    const rpo = objectives?.rpoMinutes;
    for (const d of links) {
      if (!isRollDownLink(d)) continue;
      const entry = entryFor(index, byType, d.targetType as CapabilityTargetType, d.targetId);
      if (!entry) continue; // a dangling link is reported by the warnings, not checked here
      if (lastProcess.get(entry) !== process.id) {
        lastProcess.set(entry, process.id);
        entry.processIds.push(process.id);
        entry.dependencyIds.push(d.id);
      }
      if (rto !== undefined && (entry.requiredRto === undefined || rto < entry.requiredRto.minutes)) {
        entry.requiredRto = { minutes: rto, processId: process.id, dependencyId: d.id };
      }
      if (rpo !== undefined && (entry.requiredRpo === undefined || rpo < entry.requiredRpo.minutes)) {
        entry.requiredRpo = { minutes: rpo, processId: process.id, dependencyId: d.id };
      }
    }
  }
  const result = new Map<string, RollDownEntry>();
  for (const type of ['asset', 'vendor'] as const) {
    for (const entry of byType[type].values()) {
      entry.rtoViolated = exceeds(entry.capabilityRtoMinutes, entry.requiredRto);
      entry.rpoViolated = exceeds(entry.capabilityRpoMinutes, entry.requiredRpo);
      result.set(rollDownKey(type, entry.targetId), entry);
    }
  }
  return result;
}

function entryFor(
  index: BiaIndex,
  byType: Record<CapabilityTargetType, Map<string, RollDownEntry>>,
  targetType: CapabilityTargetType,
  targetId: string,
): RollDownEntry | undefined {
  const entries = byType[targetType];
  const existing = entries.get(targetId);
  if (existing) return existing;
  const target = targetType === 'asset' ? index.assetById.get(targetId) : index.vendorById.get(targetId);
  if (!target) return undefined;
  const entry: RollDownEntry = {
    targetType,
    targetId,
    targetName: target.name,
    capabilityRtoMinutes: target.kind === 'asset' ? target.achievableRtoMinutes : target.slaRtoMinutes,
    capabilityRpoMinutes: target.kind === 'asset' ? target.achievableRpoMinutes : target.slaRpoMinutes,
    requiredRto: undefined,
    requiredRpo: undefined,
    processIds: [],
    dependencyIds: [],
    rtoViolated: false,
    rpoViolated: false,
  };
  entries.set(targetId, entry);
  return entry;
}

function exceeds(capability: number | undefined, required: RollDownRequirement | undefined): boolean {
  return capability !== undefined && required !== undefined && capability > required.minutes;
}
