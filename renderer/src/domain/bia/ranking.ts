import type { ImpactLevel } from '../impact';

export interface RankingInput {
  processId: string;
  name: string;
  mtpdMinutes: number | undefined;
  peakImpact: ImpactLevel;
}

export interface RankedCandidate extends RankingInput {
  /** 1-based position in the suggested order. */
  rank: number;
}

// One collator for the whole sort: creating one per comparison dominates the cost of large sorts.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Suggested order for choosing the top five: what becomes intolerable soonest first (MTPD ascending,
 * "never within two weeks" last), then the worst peak impact, then name; the id settles exact ties
 * so the order never flickers between renders.
 */
export function rankCandidates(candidates: readonly RankingInput[]): RankedCandidate[] {
  const sorted = [...candidates].sort((a, b) => {
    const am = a.mtpdMinutes ?? Number.POSITIVE_INFINITY;
    const bm = b.mtpdMinutes ?? Number.POSITIVE_INFINITY;
    if (am !== bm) return am < bm ? -1 : 1;
    if (a.peakImpact !== b.peakImpact) return b.peakImpact - a.peakImpact;
    const byName = collator.compare(a.name, b.name);
    if (byName !== 0) return byName;
    return a.processId < b.processId ? -1 : a.processId > b.processId ? 1 : 0;
  });
  return sorted.map((c, i) => ({ ...c, rank: i + 1 }));
}
