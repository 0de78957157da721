import type { TFunction } from 'i18next';
import {
  StepDependencyError,
  checkDurationAgainstRto,
  scheduleSteps,
  type DependencyProblem,
  type DurationCheck,
  type Schedule,
  type StepLike,
} from '../../domain/runbook';

export type RunbookEstimate =
  | { ok: true; schedule: Schedule; check: DurationCheck }
  | { ok: false; problem: DependencyProblem };

/** Duration, critical path and the verdict against the RTO; or why it cannot be worked out. */
export function estimateRunbook(steps: readonly StepLike[], rtoMinutes: number | undefined): RunbookEstimate {
  try {
    const schedule = scheduleSteps(steps);
    return { ok: true, schedule, check: checkDurationAgainstRto(schedule, rtoMinutes) };
  } catch (error) {
    if (error instanceof StepDependencyError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The dependency problem in words, naming steps by their number as the editor shows them. */
export function dependencyProblemText(t: TFunction, problem: DependencyProblem, steps: readonly StepLike[]): string {
  const number = (id: string) => steps.findIndex((step) => step.id === id) + 1;
  switch (problem.kind) {
    case 'duplicate-id':
      return t('response.estimate.duplicate', { n: number(problem.stepId) });
    case 'unknown-step':
      return t('response.estimate.unknown', { n: number(problem.stepId) });
    case 'cycle':
      return t('response.estimate.cycle', { steps: [...new Set(problem.stepIds.map(number))].join(', ') });
  }
}
