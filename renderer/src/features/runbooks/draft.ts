import { dependenciesOf, type CommunicationTemplate, type Runbook, type Step } from '../../domain/runbook';

/**
 * Pure edits of a runbook draft. The editor keeps the draft in memory and saves it whole, so a
 * reorder or a removal is one atomic save, as the runbook schema intends.
 */

/** Moves one item; out-of-range moves return the list unchanged (same identity). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list as T[];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function moveStep(runbook: Runbook, from: number, to: number): Runbook {
  const steps = moveItem(runbook.steps, from, to);
  return steps === runbook.steps ? runbook : { ...runbook, steps };
}

export function newStep(id: string, title: string): Step {
  return {
    id,
    title,
    role: '',
    command: '',
    expectedMinutes: 5,
    verification: '',
    warning: '',
    rollback: '',
    evidence: '',
    communicationIds: [],
  };
}

/** Adds a step after the given index (at the end by default). */
export function addStep(runbook: Runbook, step: Step, afterIndex = runbook.steps.length - 1): Runbook {
  const steps = [...runbook.steps];
  steps.splice(afterIndex + 1, 0, step);
  return { ...runbook, steps };
}

export function updateStep(runbook: Runbook, stepId: string, patch: Partial<Omit<Step, 'id'>>): Runbook {
  return { ...runbook, steps: runbook.steps.map((step) => (step.id === stepId ? { ...step, ...patch } : step)) };
}

/**
 * Removes a step. Steps that waited on it now wait on what it waited on, so removing a step
 * from the middle of a chain keeps the chain, rather than letting the next step start at once.
 */
export function removeStep(runbook: Runbook, stepId: string): Runbook {
  const index = runbook.steps.findIndex((step) => step.id === stepId);
  if (index < 0) return runbook;
  const inherited = dependenciesOf(runbook.steps, index);
  const steps = runbook.steps
    .filter((step) => step.id !== stepId)
    .map((step) => {
      if (!step.after?.includes(stepId)) return step;
      const after = [...new Set([...step.after.filter((id) => id !== stepId), ...inherited])].filter((id) => id !== step.id);
      return { ...step, after };
    });
  return { ...runbook, steps };
}

/** How a step is scheduled, as the editor offers it. */
export type StartMode = 'previous' | 'at-once' | 'after-steps';

export function startModeOf(step: Step): StartMode {
  if (step.after === undefined) return 'previous';
  return step.after.length === 0 ? 'at-once' : 'after-steps';
}

export function withStartMode(step: Step, mode: StartMode, previousId: string | undefined): Step {
  const { after: _after, ...rest } = step;
  if (mode === 'previous') return rest;
  if (mode === 'at-once') return { ...rest, after: [] };
  return { ...rest, after: step.after && step.after.length > 0 ? step.after : previousId ? [previousId] : [] };
}

export function addCommunication(runbook: Runbook, communication: CommunicationTemplate): Runbook {
  return { ...runbook, communications: [...runbook.communications, communication] };
}

export function updateCommunication(runbook: Runbook, id: string, patch: Partial<Omit<CommunicationTemplate, 'id'>>): Runbook {
  return { ...runbook, communications: runbook.communications.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

/** Removes a message and every step's reference to it, so the runbook stays valid. */
export function removeCommunication(runbook: Runbook, id: string): Runbook {
  return {
    ...runbook,
    communications: runbook.communications.filter((c) => c.id !== id),
    steps: runbook.steps.map((step) => (step.communicationIds.includes(id) ? { ...step, communicationIds: step.communicationIds.filter((c) => c !== id) } : step)),
  };
}

/** Replaces the item at `index` in a list of strings or objects. */
export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
