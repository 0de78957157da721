import { evidenceRules } from './evidence';
import type { ReadinessFacts } from './facts';
import { evaluateRule, type ReadinessItem, type ReadinessStatus } from './readinessItem';
import { requirementRules } from './requirements';

export interface ReadinessReport {
  /** Requirements 3-1-1 to 3-1-4 first, then the evidence items in the seed's order. */
  items: ReadinessItem[];
  counts: Record<ReadinessStatus, number>;
  /** Every requirement and every evidence item met. */
  ready: boolean;
}

export function assessReadiness(facts: ReadinessFacts): ReadinessReport {
  const items = [...requirementRules(facts), ...evidenceRules(facts)].map(evaluateRule);
  const counts: Record<ReadinessStatus, number> = { met: 0, partial: 0, missing: 0 };
  for (const item of items) counts[item.status]++;
  return { items, counts, ready: counts.partial === 0 && counts.missing === 0 };
}
