/** The narrow view of a step that ordering needs, so drafts and templates can be checked too. */
export interface StepLike {
  id: string;
  title: string;
  expectedMinutes: number;
  after?: readonly string[];
}

export type DependencyProblem =
  | { kind: 'duplicate-id'; stepId: string }
  | { kind: 'unknown-step'; stepId: string; missingId: string }
  /** The steps of the loop in order, the first repeated at the end. */
  | { kind: 'cycle'; stepIds: string[] };

export class StepDependencyError extends Error {
  constructor(readonly problem: DependencyProblem, message: string) {
    super(message);
    this.name = 'StepDependencyError';
  }
}

/** What a step waits on: its `after` list, or else the step before it (see Step). */
export function dependenciesOf(steps: readonly StepLike[], index: number): readonly string[] {
  const step = steps[index];
  if (!step) return [];
  if (step.after) return step.after;
  const previous = steps[index - 1];
  return previous ? [previous.id] : [];
}

export function findDependencyProblem(steps: readonly StepLike[]): DependencyProblem | undefined {
  const indexById = new Map<string, number>();
  for (const [index, step] of steps.entries()) {
    if (indexById.has(step.id)) return { kind: 'duplicate-id', stepId: step.id };
    indexById.set(step.id, index);
  }
  for (const [index, step] of steps.entries()) {
    const missingId = dependenciesOf(steps, index).find((id) => !indexById.has(id));
    if (missingId !== undefined) return { kind: 'unknown-step', stepId: step.id, missingId };
  }

  // Depth-first search; meeting a step that is still on the path closes a loop.
  const state = new Map<string, 'on-path' | 'done'>();
  const path: string[] = [];
  const visit = (index: number): string[] | undefined => {
    const id = steps[index]!.id;
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'on-path') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'on-path');
    path.push(id);
    for (const dependency of dependenciesOf(steps, index)) {
      const loop = visit(indexById.get(dependency)!);
      if (loop) return loop;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const index of steps.keys()) {
    const loop = visit(index);
    if (loop) return { kind: 'cycle', stepIds: loop };
  }
  return undefined;
}

/** The problem in words, naming steps by number and title as the runbook shows them. */
export function describeDependencyProblem(problem: DependencyProblem, steps: readonly StepLike[]): string {
  const name = (id: string) => {
    const index = steps.findIndex((step) => step.id === id);
    return index < 0 ? `an unknown step (${id})` : `step ${index + 1} "${steps[index]!.title}"`;
  };
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  switch (problem.kind) {
    case 'duplicate-id':
      return `Two steps share the id ${problem.stepId}; every step needs its own.`;
    case 'unknown-step':
      return `${capital(name(problem.stepId))} waits on a step that is not in this runbook; remove that dependency.`;
    case 'cycle': {
      const [first, ...rest] = problem.stepIds;
      if (rest.length === 1) return `${capital(name(first!))} waits on itself; remove that dependency.`;
      const chain = rest.map((id, i) => (i === 0 ? ` waits on ${name(id)}` : `, which waits on ${name(id)}`)).join('');
      return `${capital(name(first!))}${chain}: the steps wait on each other in a loop, so none of them can start. `
        + 'Remove one of these dependencies.';
    }
  }
}

/** Throws a StepDependencyError with a message a person can act on. */
export function assertStepOrder(steps: readonly StepLike[]): void {
  const problem = findDependencyProblem(steps);
  if (problem) throw new StepDependencyError(problem, describeDependencyProblem(problem, steps));
}
