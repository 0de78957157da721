import { isStepStateEvent, type AttachmentEvent, type NoteEvent } from './event';
import type { Incident } from './incident';

export type StepStatus = 'pending' | 'done' | 'skipped' | 'blocked';

export interface StepState {
  stepId: string;
  /** 1-based, as the runbook numbers it. */
  number: number;
  title: string;
  status: StepStatus;
  /** When and by whom the current status was set; absent while pending from the start. */
  at?: string;
  initials?: string;
  reason?: string;
  notes: NoteEvent[];
  attachments: AttachmentEvent[];
}

export interface StepCounts {
  total: number;
  done: number;
  skipped: number;
  blocked: number;
  pending: number;
}

/** Each step's current state, in runbook order: its latest state event decides. */
export function stepStates(incident: Incident): StepState[] {
  const states = new Map(incident.steps.map((step, index): [string, StepState] => [
    step.id,
    { stepId: step.id, number: index + 1, title: step.title, status: 'pending', notes: [], attachments: [] },
  ]));
  for (const event of incident.events) {
    const state = event.stepId === undefined ? undefined : states.get(event.stepId);
    if (!state) continue;
    if (event.type === 'note') state.notes.push(event);
    else if (event.type === 'attachment') state.attachments.push(event);
    else if (isStepStateEvent(event)) {
      state.status = event.type === 'step-reopened' ? 'pending' : STATUS_OF[event.type];
      state.at = event.at;
      state.initials = event.initials;
      if ('reason' in event && event.reason) state.reason = event.reason;
      else delete state.reason;
    }
  }
  return [...states.values()];
}

const STATUS_OF = { 'step-done': 'done', 'step-skipped': 'skipped', 'step-blocked': 'blocked' } as const;

export function stepCounts(incident: Incident): StepCounts {
  const counts: StepCounts = { total: incident.steps.length, done: 0, skipped: 0, blocked: 0, pending: 0 };
  for (const state of stepStates(incident)) counts[state.status] += 1;
  return counts;
}

/**
 * Where the responder picks up after a reload or crash: the first step still pending, or if
 * none is, the first one blocked. Undefined when every step is done or skipped.
 */
export function currentStepId(incident: Incident): string | undefined {
  const states = stepStates(incident);
  return (states.find((s) => s.status === 'pending') ?? states.find((s) => s.status === 'blocked'))?.stepId;
}
