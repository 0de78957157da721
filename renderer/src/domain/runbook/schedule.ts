import { assertStepOrder, dependenciesOf, type StepLike } from './dependencies';

export interface ScheduledStep {
  id: string;
  /** Earliest start and finish, in minutes from activation, if every step takes its expected time. */
  startMinute: number;
  finishMinute: number;
}

export interface Schedule {
  /** Every step one after another: what one person alone would need. */
  totalMinutes: number;
  /** The longest chain of steps that wait on each other: the shortest time with enough people. */
  criticalPathMinutes: number;
  /** Ids of the steps on that chain, first to last. */
  criticalPath: string[];
  steps: ScheduledStep[];
}

/** Estimated duration of a runbook. Throws StepDependencyError for loops or unknown steps. */
export function scheduleSteps(steps: readonly StepLike[]): Schedule {
  assertStepOrder(steps);
  const indexById = new Map(steps.map((step, index) => [step.id, index]));
  const finish = new Array<number | undefined>(steps.length);

  // Order is checked loop-free above, so this recursion ends.
  const finishOf = (index: number): number => {
    const known = finish[index];
    if (known !== undefined) return known;
    const start = Math.max(0, ...dependenciesOf(steps, index).map((id) => finishOf(indexById.get(id)!)));
    const value = start + steps[index]!.expectedMinutes;
    finish[index] = value;
    return value;
  };
  const scheduled = steps.map((step, index): ScheduledStep => {
    const finishMinute = finishOf(index);
    return { id: step.id, startMinute: finishMinute - step.expectedMinutes, finishMinute };
  });

  // On a tie the later step wins: in a plain list that is the end of the chain, not its start.
  let last = -1;
  for (const [index, step] of scheduled.entries()) {
    if (last < 0 || step.finishMinute >= scheduled[last]!.finishMinute) last = index;
  }
  const criticalPath: string[] = [];
  for (let index = last; index >= 0;) {
    const current = scheduled[index]!;
    criticalPath.unshift(current.id);
    // The dependency that finishes exactly when this step starts is what held it up.
    const blocker = dependenciesOf(steps, index)
      .map((id) => indexById.get(id)!)
      .sort((a, b) => a - b)
      .find((dependency) => scheduled[dependency]!.finishMinute === current.startMinute);
    index = blocker ?? -1;
  }

  return {
    totalMinutes: steps.reduce((sum, step) => sum + step.expectedMinutes, 0),
    criticalPathMinutes: last < 0 ? 0 : scheduled[last]!.finishMinute,
    criticalPath,
    steps: scheduled,
  };
}
