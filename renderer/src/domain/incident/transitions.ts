import { newRecordId } from '../record';
import type { AttachmentRef } from './attachment';
import { SKIP_REASON_REQUIRED, incidentEventSchema, initialsSchema, type IncidentEvent } from './event';
import { INCIDENT_KIND, incidentSchema, type Incident } from './incident';

/**
 * Everything a responder does, as pure functions returning the next Incident. Each takes the
 * moment it happens (`at`) instead of reading the clock, so tests and replays control time.
 * Only the new event is validated, keeping a tick cheap on a long incident.
 */

export class IncidentRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IncidentRuleError';
  }
}

/** The runbook as far as an incident needs it; the feature layer passes the stored Runbook. */
export interface RunbookToRun {
  id: string;
  parentId: string;
  title: string;
  steps: readonly { id: string; title: string; role?: string; expectedMinutes?: number }[];
}

export interface StartIncident {
  runbook: RunbookToRun;
  initials: string;
  now: Date;
  /** When the outage began, if known to be earlier than now (e.g. from monitoring). */
  startedAt?: Date;
  detectedAt?: Date;
  id?: string;
}

export function startIncident(input: StartIncident): Incident {
  const now = input.now.toISOString();
  const startedAt = (input.startedAt ?? input.detectedAt ?? input.now).toISOString();
  return parseOrExplain({
    id: input.id ?? newRecordId(),
    kind: INCIDENT_KIND,
    updatedAt: now,
    parentId: input.runbook.parentId,
    runbookId: input.runbook.id,
    title: input.runbook.title,
    startedAt,
    detectedAt: (input.detectedAt ?? input.now).toISOString(),
    openedAt: now,
    openedBy: input.initials,
    steps: input.runbook.steps.map((step) => ({
      id: step.id,
      title: step.title,
      role: step.role ?? '',
      expectedMinutes: step.expectedMinutes ?? 0,
    })),
    events: [],
  });
}

/** Puts right a start or detection time entered wrongly; the RTO clock follows. */
export function correctTimes(incident: Incident, change: { startedAt?: Date; detectedAt?: Date; at: Date }): Incident {
  return parseOrExplain({
    ...incident,
    ...(change.startedAt ? { startedAt: change.startedAt.toISOString() } : {}),
    ...(change.detectedAt ? { detectedAt: change.detectedAt.toISOString() } : {}),
    updatedAt: change.at.toISOString(),
  });
}

export interface StepMark {
  stepId: string;
  initials: string;
  at: Date;
}

export function markStepDone(incident: Incident, mark: StepMark): Incident {
  return appendStepEvent(incident, mark, { type: 'step-done' });
}

export function skipStep(incident: Incident, mark: StepMark & { reason: string }): Incident {
  if (!mark.reason.trim()) throw new IncidentRuleError(SKIP_REASON_REQUIRED);
  return appendStepEvent(incident, mark, { type: 'step-skipped', reason: mark.reason });
}

export function blockStep(incident: Incident, mark: StepMark & { reason?: string }): Incident {
  return appendStepEvent(incident, mark, { type: 'step-blocked', reason: mark.reason ?? '' });
}

/** Undoes a mistaken tick, skip or block. */
export function reopenStep(incident: Incident, mark: StepMark): Incident {
  return appendStepEvent(incident, mark, { type: 'step-reopened' });
}

/** Notes and attachments are still accepted after closing: evidence often arrives later. */
export function addNote(incident: Incident, note: { stepId?: string; text: string; initials: string; at: Date }): Incident {
  if (note.stepId !== undefined) requireStep(incident, note.stepId);
  if (!note.text.trim()) throw new IncidentRuleError('A note needs some text.');
  return append(incident, { type: 'note', text: note.text, ...(note.stepId ? { stepId: note.stepId } : {}) }, note);
}

export function addAttachment(
  incident: Incident,
  input: { stepId?: string; attachment: AttachmentRef; initials: string; at: Date },
): Incident {
  if (input.stepId !== undefined) requireStep(incident, input.stepId);
  return append(incident, { type: 'attachment', attachment: input.attachment, ...(input.stepId ? { stepId: input.stepId } : {}) }, input);
}

/** Service is restored: stops the RTO clock. Steps still open stay open, and show as such. */
export function closeIncident(incident: Incident, close: { initials: string; at: Date }): Incident {
  requireOpen(incident);
  const closedAt = close.at.toISOString();
  if (Date.parse(closedAt) < Date.parse(incident.startedAt)) {
    throw new IncidentRuleError('The incident cannot close before the outage began.');
  }
  return { ...incident, closedAt, closedBy: checkedInitials(close.initials), updatedAt: closedAt };
}

function appendStepEvent(
  incident: Incident,
  mark: StepMark,
  event: { type: 'step-done' | 'step-reopened' } | { type: 'step-skipped' | 'step-blocked'; reason: string },
): Incident {
  requireOpen(incident);
  requireStep(incident, mark.stepId);
  return append(incident, { ...event, stepId: mark.stepId }, mark);
}

function append(incident: Incident, event: Record<string, unknown>, by: { initials: string; at: Date }): Incident {
  const at = by.at.toISOString();
  const parsed = incidentEventSchema.safeParse({ ...event, at, initials: by.initials });
  if (!parsed.success) throw new IncidentRuleError(parsed.error.issues[0]?.message ?? 'This change is not valid.');
  const next: IncidentEvent = parsed.data;
  return { ...incident, events: [...incident.events, next], updatedAt: at };
}

function requireOpen(incident: Incident): void {
  if (incident.closedAt !== undefined) throw new IncidentRuleError('This incident is closed; its steps can no longer change.');
}

function requireStep(incident: Incident, stepId: string): void {
  if (!incident.steps.some((step) => step.id === stepId)) throw new IncidentRuleError('That step is not part of this incident.');
}

function checkedInitials(initials: string): string {
  const parsed = initialsSchema.safeParse(initials);
  if (!parsed.success) throw new IncidentRuleError(parsed.error.issues[0]?.message ?? 'Initials are needed');
  return parsed.data;
}

function parseOrExplain(candidate: unknown): Incident {
  const parsed = incidentSchema.safeParse(candidate);
  if (!parsed.success) throw new IncidentRuleError(parsed.error.issues[0]?.message ?? 'This incident is not valid.');
  return parsed.data;
}
