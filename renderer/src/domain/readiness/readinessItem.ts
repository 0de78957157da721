export type ReadinessStatus = 'met' | 'partial' | 'missing';

/**
 * Where "Fix it" leads: a route key the app maps to a screen (and, where it can, a section of it).
 * Keys, not paths, so the domain does not know the router.
 */
export const READINESS_ROUTES = [
  'bia',
  'assets',
  'strategies',
  'runbooks',
  'exercises',
  'exercises/schedule',
  'actions',
  'governance/sign-off',
  'governance/review',
  'audit',
  'print/kit',
] as const;
export type ReadinessRoute = (typeof READINESS_ROUTES)[number];

export interface ReadinessItem {
  /** Stable: 'ecc-3-1-1' … 'ecc-3-1-4' for requirements, 'evidence-…' for evidence items. */
  id: string;
  group: 'requirement' | 'evidence';
  title: string;
  status: ReadinessStatus;
  /** Why, in one English sentence; `reasonCode` and `params` let a message catalogue say it instead. */
  reason: string;
  reasonCode: string;
  params: Record<string, number>;
  /** Where to fix the reason given; for a met item, where the evidence lives. */
  fix: ReadinessRoute;
}

/** One thing that can be wrong with an item, checked in order: the first of the worst severity is the reason. */
export interface ReadinessProblem {
  when: boolean;
  severity: 'missing' | 'partial';
  code: string;
  reason: string;
  fix: ReadinessRoute;
  params?: Record<string, number>;
}

export interface ReadinessRule {
  id: string;
  group: ReadinessItem['group'];
  title: string;
  problems: ReadinessProblem[];
  met: { code: string; reason: string; fix: ReadinessRoute; params?: Record<string, number> };
}

export function evaluateRule(rule: ReadinessRule): ReadinessItem {
  const found = rule.problems.filter((p) => p.when);
  const worst = found.find((p) => p.severity === 'missing') ?? found[0];
  const base = { id: rule.id, group: rule.group, title: rule.title };
  if (!worst) return { ...base, status: 'met', reason: rule.met.reason, reasonCode: rule.met.code, params: rule.met.params ?? {}, fix: rule.met.fix };
  return { ...base, status: worst.severity, reason: worst.reason, reasonCode: worst.code, params: worst.params ?? {}, fix: worst.fix };
}

/** "1 process", "3 processes". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
