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
  /** Every process that needs this target, in the order first met. */
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
 * stricter of the two. One pass over the links, one over the targets.
 */
export function computeRollDown(index: BiaIndex): Map<string, RollDownEntry> {
  const entries = new Map<string, RollDownEntry>();
  const seenProcesses = new Map<string, Set<string>>();
  for (const d of index.plan.dependencies) {
    if (!isRollDownLink(d) || !index.processById.has(d.parentId)) continue;
    const targetType = d.targetType as CapabilityTargetType;
    const key = rollDownKey(targetType, d.targetId);
    let entry = entries.get(key);
    if (!entry) {
      const target = targetType === 'asset' ? index.assetById.get(d.targetId) : index.vendorById.get(d.targetId);
      if (!target) continue; // a dangling link is reported by the warnings, not checked here
      entry = {
        targetType,
        targetId: d.targetId,
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
      entries.set(key, entry);
      seenProcesses.set(key, new Set());
    }
    const seen = seenProcesses.get(key);
    if (seen && !seen.has(d.parentId)) {
      seen.add(d.parentId);
      entry.processIds.push(d.parentId);
      entry.dependencyIds.push(d.id);
    }
    const objectives = index.objectivesByProcess.get(d.parentId);
    const rto = objectives?.rtoMinutes;
    const rpo = objectives?.rpoMinutes;
    if (rto !== undefined && (entry.requiredRto === undefined || rto < entry.requiredRto.minutes)) {
      entry.requiredRto = { minutes: rto, processId: d.parentId, dependencyId: d.id };
    }
    if (rpo !== undefined && (entry.requiredRpo === undefined || rpo < entry.requiredRpo.minutes)) {
      entry.requiredRpo = { minutes: rpo, processId: d.parentId, dependencyId: d.id };
    }
  }
  for (const entry of entries.values()) {
    entry.rtoViolated = exceeds(entry.capabilityRtoMinutes, entry.requiredRto);
    entry.rpoViolated = exceeds(entry.capabilityRpoMinutes, entry.requiredRpo);
  }
  return entries;
}

function exceeds(capability: number | undefined, required: RollDownRequirement | undefined): boolean {
  return capability !== undefined && required !== undefined && capability > required.minutes;
}
