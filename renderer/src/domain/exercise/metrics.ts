import type { Exercise, ExerciseLogEntry, MetricName, SuccessCriterion } from './exercise';

export type CriterionResult = 'met' | 'not-met' | 'not-assessed';
export type ExerciseOutcome = 'pass' | 'fail' | 'not-assessed';

export interface ExerciseMetrics {
  /** Mean over the disrupted subjects of (first detection − disruption), in minutes. */
  timeToDetectMinutes: number | null;
  /**
   * Mean over the disrupted subjects of (first recovery − disruption), in minutes: MTTR as the
   * seed means it, measured like an RTO, from the moment service was lost.
   */
  timeToRecoverMinutes: number | null;
  workflowsTotal: number;
  /** Workflows whose latest check passed. */
  workflowsValidated: number;
  /** null when the exercise named no critical workflows. */
  workflowsValidatedPercent: number | null;
  criteria: Array<{ id: string; text: string; result: CriterionResult; automatic: boolean }>;
  /** fail if any criterion is not met; pass only if every one is met; otherwise not assessed. */
  outcome: ExerciseOutcome;
}

const MINUTE_MS = 60_000;

/**
 * Derives the exercise's figures from its timed log. Entries may have been typed out of order
 * during a hectic exercise, so they are taken by time, not by position.
 */
export function exerciseMetrics(exercise: Pick<Exercise, 'log' | 'criticalWorkflows' | 'successCriteria'>): ExerciseMetrics {
  const log = [...exercise.log].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const { detect, recover } = disruptionTimes(log);
  const workflowIds = new Set(exercise.criticalWorkflows.map((w) => w.id));
  const latestOutcome = new Map<string, 'pass' | 'fail'>();
  for (const entry of log) {
    if (entry.kind === 'workflow-check' && entry.workflowId && entry.outcome && workflowIds.has(entry.workflowId)) {
      latestOutcome.set(entry.workflowId, entry.outcome);
    }
  }
  const workflowsValidated = [...latestOutcome.values()].filter((o) => o === 'pass').length;
  const workflowsTotal = workflowIds.size;
  const partial = {
    timeToDetectMinutes: mean(detect),
    timeToRecoverMinutes: mean(recover),
    workflowsTotal,
    workflowsValidated,
    workflowsValidatedPercent: workflowsTotal === 0 ? null : (100 * workflowsValidated) / workflowsTotal,
  };
  const criteria = exercise.successCriteria.map((criterion) => ({
    id: criterion.id,
    text: criterion.text,
    automatic: criterion.target !== undefined,
    result: judge(criterion, partial),
  }));
  return { ...partial, criteria, outcome: outcomeOf(criteria.map((c) => c.result)) };
}

/**
 * Pairs each subject's first disruption with the first detection and the first recovery logged
 * for the same subject after it. Entries without a subject form one group of their own, which
 * covers the usual exercise with a single outage.
 */
function disruptionTimes(log: readonly ExerciseLogEntry[]): { detect: number[]; recover: number[] } {
  const started = new Map<string, number>();
  const detected = new Map<string, number>();
  const recovered = new Map<string, number>();
  for (const entry of log) {
    const subject = entry.subject ?? '';
    const at = Date.parse(entry.at);
    if (entry.kind === 'disruption' && !started.has(subject)) started.set(subject, at);
    const since = started.get(subject);
    if (since === undefined) continue;
    if (entry.kind === 'detected' && !detected.has(subject)) detected.set(subject, at - since);
    if (entry.kind === 'recovered' && !recovered.has(subject)) recovered.set(subject, at - since);
  }
  return { detect: [...detected.values()].map(toMinutes), recover: [...recovered.values()].map(toMinutes) };
}

function toMinutes(ms: number): number {
  return ms / MINUTE_MS;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

type MeasuredFigures = Pick<ExerciseMetrics, 'timeToDetectMinutes' | 'timeToRecoverMinutes' | 'workflowsValidatedPercent'>;

function figure(metric: MetricName, figures: MeasuredFigures): number | null {
  switch (metric) {
    case 'time-to-detect':
      return figures.timeToDetectMinutes;
    case 'time-to-recover':
      return figures.timeToRecoverMinutes;
    case 'workflows-validated':
      return figures.workflowsValidatedPercent;
  }
}

function judge(criterion: SuccessCriterion, figures: MeasuredFigures): CriterionResult {
  if (!criterion.target) return criterion.result ?? 'not-assessed';
  const value = figure(criterion.target.metric, figures);
  // Not measured is not a pass: a recovery that was never logged did not meet its target.
  if (value === null) return 'not-assessed';
  if (criterion.target.atMost !== undefined) return value <= criterion.target.atMost ? 'met' : 'not-met';
  if (criterion.target.atLeast !== undefined) return value >= criterion.target.atLeast ? 'met' : 'not-met';
  return 'not-assessed';
}

function outcomeOf(results: readonly CriterionResult[]): ExerciseOutcome {
  if (results.includes('not-met')) return 'fail';
  if (results.length > 0 && results.every((r) => r === 'met')) return 'pass';
  return 'not-assessed';
}

/**
 * The seed's "test success rate": passed exercises over those completed and judged. null when
 * none has been judged yet, so no rate is shown rather than a misleading 0 %.
 */
export function testSuccessRate(exercises: ReadonlyArray<Pick<Exercise, 'status' | 'log' | 'criticalWorkflows' | 'successCriteria'>>): number | null {
  let judged = 0;
  let passed = 0;
  for (const exercise of exercises) {
    if (exercise.status !== 'completed') continue;
    const { outcome } = exerciseMetrics(exercise);
    if (outcome === 'not-assessed') continue;
    judged++;
    if (outcome === 'pass') passed++;
  }
  return judged === 0 ? null : (100 * passed) / judged;
}
