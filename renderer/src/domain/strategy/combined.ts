import { capabilityOf, trafficSwitchMinutes, type Capability, type StrategyLike } from './achievable';

export interface BestValue {
  minutes: number;
  /** The strategy that gives it, so the plan can say which one it relies on. */
  strategyId: string;
}

export interface ProcessCapability {
  rto?: BestValue;
  rpo?: BestValue;
  /** The fastest DNS failover, which every standby elsewhere waits on. */
  trafficSwitch?: BestValue;
  strategies: Capability[];
}

/**
 * Several strategies for one process: each dimension takes the best any strategy achieves
 * (lowest RTO, lowest RPO), possibly from different strategies. On a tie the earlier strategy
 * in the list wins, so the answer does not change between renders.
 */
export function achievableForProcess(strategies: readonly StrategyLike[]): ProcessCapability {
  let trafficSwitch: BestValue | undefined;
  for (const strategy of strategies) {
    if (strategy.technique.type !== 'dns-failover') continue;
    const minutes = trafficSwitchMinutes(strategy.technique);
    if (!trafficSwitch || minutes < trafficSwitch.minutes) trafficSwitch = { minutes, strategyId: strategy.id };
  }

  const capabilities = strategies.map((strategy) => capabilityOf(strategy, trafficSwitch?.minutes));
  const result: ProcessCapability = { strategies: capabilities };
  const rto = best(capabilities, (c) => c.rtoMinutes);
  const rpo = best(capabilities, (c) => c.rpoMinutes);
  if (rto) result.rto = rto;
  if (rpo) result.rpo = rpo;
  if (trafficSwitch) result.trafficSwitch = trafficSwitch;
  return result;
}

function best(capabilities: Capability[], value: (c: Capability) => number | undefined): BestValue | undefined {
  let found: BestValue | undefined;
  for (const capability of capabilities) {
    const minutes = value(capability);
    if (minutes === undefined) continue;
    if (!found || minutes < found.minutes) found = { minutes, strategyId: capability.strategyId };
  }
  return found;
}
