import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from './timePoints';

export const TIERS = ['mission-critical', 'business-critical', 'essential', 'non-essential'] as const;
export type Tier = (typeof TIERS)[number];

/** Upper RTO bound (inclusive) of each tier except the last, which takes everything longer. */
export const TIER_LIMITS_MINUTES = {
  'mission-critical': 4 * 60,
  'business-critical': MINUTES_PER_DAY,
  essential: MINUTES_PER_WEEK,
} as const;

/** The tier follows from the RTO alone, so it can never disagree with the objectives. */
export function tierFromRto(rtoMinutes: number | undefined): Tier | undefined {
  if (rtoMinutes === undefined) return undefined;
  if (rtoMinutes <= TIER_LIMITS_MINUTES['mission-critical']) return 'mission-critical';
  if (rtoMinutes <= TIER_LIMITS_MINUTES['business-critical']) return 'business-critical';
  if (rtoMinutes <= TIER_LIMITS_MINUTES.essential) return 'essential';
  return 'non-essential';
}
