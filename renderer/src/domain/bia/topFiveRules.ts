import { TOP_FIVE_SIZE, type TopFiveEntry, type TopFiveSelection } from '../topFive';
import type { RankedCandidate } from './ranking';

/** The selection the app proposes: the first five of the ranking, needing no reasons. */
export function suggestTopFive(ranking: readonly RankedCandidate[]): TopFiveEntry[] {
  return ranking.slice(0, TOP_FIVE_SIZE).map((c) => ({ processId: c.processId, reason: '' }));
}

/**
 * Which chosen processes depart from the suggestion and so need a one-line reason: one brought in
 * from outside the ranked top five, or one placed above another chosen process the ranking puts
 * ahead of it. Moving a process down needs no reason of its own; whoever jumped over it gives one.
 */
export function entriesNeedingReason(entries: readonly TopFiveEntry[], ranking: readonly RankedCandidate[]): string[] {
  const rankOf = new Map<string, number>();
  for (const c of ranking) rankOf.set(c.processId, c.rank);
  const out: string[] = [];
  entries.forEach((entry, i) => {
    const rank = rankOf.get(entry.processId) ?? Number.POSITIVE_INFINITY;
    const outsideSuggestion = rank > TOP_FIVE_SIZE;
    const jumpsAhead = entries.slice(i + 1).some((later) => (rankOf.get(later.processId) ?? Number.POSITIVE_INFINITY) < rank);
    if (outsideSuggestion || jumpsAhead) out.push(entry.processId);
  });
  return out;
}

export type TopFiveIssue =
  | { code: 'reason-required'; processId: string }
  | { code: 'unknown-process'; processId: string }
  | { code: 'fewer-than-five'; chosen: number; available: number };

/** What stops the selection from being accepted (reasons, unknown ids) or is worth pointing out (fewer than five). */
export function checkTopFive(selection: Pick<TopFiveSelection, 'entries'>, ranking: readonly RankedCandidate[]): TopFiveIssue[] {
  const known = new Set(ranking.map((c) => c.processId));
  const issues: TopFiveIssue[] = [];
  for (const e of selection.entries) if (!known.has(e.processId)) issues.push({ code: 'unknown-process', processId: e.processId });
  const needing = new Set(entriesNeedingReason(selection.entries, ranking));
  for (const e of selection.entries) {
    if (needing.has(e.processId) && known.has(e.processId) && e.reason.trim() === '') issues.push({ code: 'reason-required', processId: e.processId });
  }
  const available = Math.min(TOP_FIVE_SIZE, ranking.length);
  if (selection.entries.length < available) issues.push({ code: 'fewer-than-five', chosen: selection.entries.length, available });
  return issues;
}
