import { achievableForProcess, type ProcessCapability } from './combined';
import type { Capability, RtoPart, StrategyLike } from './achievable';
import type { Technique } from './technique';

export type GapDimension = 'rto' | 'rpo';

export type SuggestionKey =
  | 'add-sync-replication'
  | 'add-replication'
  | 'reduce-replication-lag'
  | 'add-log-backups'
  | 'add-backups'
  | 'shorten-interval'
  | 'add-standby'
  | 'add-recovery'
  | 'lower-dns-ttl'
  | 'shorten-activation'
  | 'shorten-restore'
  | 'automate-failover'
  | 'shorten-recovery';

export interface Suggestion {
  key: SuggestionKey;
  /** The figure the suggestion names: an interval, a lag or a time budget to meet. */
  minutes?: number;
}

export interface Gap {
  dimension: GapDimension;
  targetMinutes: number;
  /** Undefined when no chosen strategy covers this dimension at all. */
  achievableMinutes?: number;
  /** The strategy that gives the best achievable value, i.e. the one the plan relies on. */
  strategyId?: string;
  suggestion: Suggestion;
}

export interface Targets {
  rtoMinutes?: number;
  rpoMinutes?: number;
}

export interface GapCheck {
  capability: ProcessCapability;
  /** RTO first, then RPO; empty when every target that is set is met. */
  gaps: Gap[];
}

/** Achievable values against the process's targets. A target that is not set cannot be missed. */
export function checkGaps(targets: Targets, strategies: readonly StrategyLike[]): GapCheck {
  const capability = achievableForProcess(strategies);
  const gaps: Gap[] = [];
  const byId = new Map(strategies.map((s) => [s.id, s]));
  const capabilityById = new Map(capability.strategies.map((c) => [c.strategyId, c]));

  if (targets.rtoMinutes !== undefined && !(capability.rto && capability.rto.minutes <= targets.rtoMinutes)) {
    const best = capability.rto;
    const winner = best ? capabilityById.get(best.strategyId) : undefined;
    const technique = best ? byId.get(best.strategyId)?.technique : undefined;
    gaps.push(gap('rto', targets.rtoMinutes, best, rtoSuggestion(targets.rtoMinutes, technique, winner)));
  }
  if (targets.rpoMinutes !== undefined && !(capability.rpo && capability.rpo.minutes <= targets.rpoMinutes)) {
    const best = capability.rpo;
    const technique = best ? byId.get(best.strategyId)?.technique : undefined;
    gaps.push(gap('rpo', targets.rpoMinutes, best, rpoSuggestion(targets.rpoMinutes, technique)));
  }
  return { capability, gaps };
}

function gap(dimension: GapDimension, targetMinutes: number, best: { minutes: number; strategyId: string } | undefined, suggestion: Suggestion): Gap {
  const result: Gap = { dimension, targetMinutes, suggestion };
  if (best) {
    result.achievableMinutes = best.minutes;
    result.strategyId = best.strategyId;
  }
  return result;
}

/** Below an hour, backing up a whole database that often is impractical; log backups are the tool. */
const LOG_BACKUPS_BELOW = 60;
/** Below a few minutes even log backups are strained; a replica is the usual answer. */
const REPLICATION_BELOW = 5;

function rpoSuggestion(target: number, technique: Technique | undefined): Suggestion {
  if (target === 0) return { key: 'add-sync-replication' };
  if (technique?.type === 'replication' || technique?.type === 'region-failover') {
    return { key: 'reduce-replication-lag', minutes: target };
  }
  if (target < REPLICATION_BELOW) return { key: 'add-replication', minutes: target };
  if (technique?.type === 'backup-log') return { key: 'shorten-interval', minutes: target };
  if (target < LOG_BACKUPS_BELOW) return { key: 'add-log-backups', minutes: target };
  if (technique) return { key: 'shorten-interval', minutes: target };
  return { key: 'add-backups', minutes: target };
}

/** A restore from a copy rarely finishes within the hour; below that only a standby will do. */
const STANDBY_BELOW = 60;

function rtoSuggestion(target: number, technique: Technique | undefined, capability: Capability | undefined): Suggestion {
  if (!technique || !capability || capability.rtoMinutes === undefined) {
    return target < STANDBY_BELOW ? { key: 'add-standby' } : { key: 'add-recovery' };
  }
  const part = (name: RtoPart) => capability.rtoParts.find((p) => p.part === name)?.minutes ?? 0;
  const activation = part('activation');
  const trafficSwitch = part('traffic-switch');

  if (trafficSwitch > 0 && capability.rtoMinutes - trafficSwitch <= target) {
    return { key: 'lower-dns-ttl', minutes: target - (capability.rtoMinutes - trafficSwitch) };
  }
  if (activation >= target) return { key: 'shorten-activation', minutes: activation };
  const budget = target - activation - trafficSwitch;
  switch (technique.type) {
    case 'replication':
    case 'region-failover':
      return { key: 'automate-failover' };
    case 'backup-full':
    case 'backup-incremental':
    case 'backup-log':
    case 'snapshot':
    case 'offsite-copy':
      return target < STANDBY_BELOW || budget <= 0 ? { key: 'add-standby' } : { key: 'shorten-restore', minutes: budget };
    default:
      return budget <= 0 ? { key: 'add-standby' } : { key: 'shorten-recovery', minutes: budget };
  }
}
