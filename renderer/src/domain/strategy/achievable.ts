import { needsTrafficSwitch } from './catalogue';
import type { Technique, TechniqueOf } from './technique';

/** The narrow view of a strategy that the derivation needs, so callers may pass drafts. */
export interface StrategyLike {
  id: string;
  technique: Technique;
  activationMinutes?: number;
}

export type RtoPart = 'activation' | 'restore' | 'failover' | 'ready' | 'switch' | 'traffic-switch';

export interface Capability {
  strategyId: string;
  /** Undefined when the strategy does not bring the service back by itself (DNS, insurance). */
  rtoMinutes?: number;
  /** Undefined when the strategy keeps no copy of data (alternate site, workaround, insurance). */
  rpoMinutes?: number;
  /** What the RTO is made of, so a gap can point at the part to shorten. */
  rtoParts: { part: RtoPart; minutes: number }[];
}

/**
 * Time for a DNS failover to move users: the health check must notice, then resolvers keep the
 * old answer for up to one TTL. Rounded up, so a 60 s TTL always adds at least a minute.
 */
export function trafficSwitchMinutes(dns: TechniqueOf<'dns-failover'>): number {
  return Math.ceil(dns.ttlSeconds / 60) + dns.detectionMinutes;
}

interface Core {
  rpoMinutes?: number;
  parts: { part: RtoPart; minutes: number }[];
}

function core(technique: Technique): Core {
  switch (technique.type) {
    case 'backup-full':
    case 'backup-incremental':
    case 'backup-log':
    case 'snapshot':
    case 'offsite-copy':
      return { rpoMinutes: technique.intervalMinutes, parts: [{ part: 'restore', minutes: technique.restoreMinutes }] };
    case 'replication':
      return {
        rpoMinutes: technique.mode === 'sync' ? 0 : technique.lagMinutes,
        parts: [{ part: 'failover', minutes: technique.failoverMinutes }],
      };
    case 'multi-az':
      return { rpoMinutes: 0, parts: [{ part: 'failover', minutes: technique.failoverMinutes }] };
    case 'region-failover':
      return { rpoMinutes: technique.replicationLagMinutes, parts: [{ part: 'failover', minutes: technique.failoverMinutes }] };
    case 'alternate-site':
    case 'manual-workaround':
      return { parts: [{ part: 'ready', minutes: technique.readyMinutes }] };
    case 'alternate-supplier':
    case 'static-storefront':
      return { parts: [{ part: 'switch', minutes: technique.switchMinutes }] };
    case 'dns-failover':
    case 'insurance':
      return { parts: [] };
  }
}

/**
 * What one strategy achieves. `switchMinutes` is the traffic switch available to the process
 * (from its DNS failover, if any); it is added only where the service comes up elsewhere.
 */
export function capabilityOf(strategy: StrategyLike, switchMinutes?: number): Capability {
  const { rpoMinutes, parts } = core(strategy.technique);
  const capability: Capability = { strategyId: strategy.id, rtoParts: [] };
  if (rpoMinutes !== undefined) capability.rpoMinutes = rpoMinutes;
  if (parts.length === 0) return capability;

  const activation = strategy.activationMinutes ?? 0;
  if (activation > 0) capability.rtoParts.push({ part: 'activation', minutes: activation });
  capability.rtoParts.push(...parts);
  if (switchMinutes !== undefined && needsTrafficSwitch(strategy.technique)) {
    capability.rtoParts.push({ part: 'traffic-switch', minutes: switchMinutes });
  }
  capability.rtoMinutes = capability.rtoParts.reduce((sum, part) => sum + part.minutes, 0);
  return capability;
}
