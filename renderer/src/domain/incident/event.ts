import { z } from 'zod';
import { attachmentRefSchema } from './attachment';

export const initialsSchema = z.string().trim().min(1, 'Initials are needed').max(6);

const base = {
  at: z.iso.datetime(),
  initials: initialsSchema,
};

export const SKIP_REASON_REQUIRED = 'A skipped step needs a reason.';

/**
 * What happened during an incident, appended in the order it happened. A step's state is its
 * latest state event, so a step blocked and later done keeps both moments for the timeline.
 */
export const incidentEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('step-done'), stepId: z.uuid() }),
  z.object({ ...base, type: z.literal('step-skipped'), stepId: z.uuid(), reason: z.string().trim().min(1, SKIP_REASON_REQUIRED).max(2000) }),
  z.object({ ...base, type: z.literal('step-blocked'), stepId: z.uuid(), reason: z.string().trim().max(2000).default('') }),
  /** Undoes a tick made by mistake; the step is pending again. */
  z.object({ ...base, type: z.literal('step-reopened'), stepId: z.uuid() }),
  z.object({ ...base, type: z.literal('note'), stepId: z.uuid().optional(), text: z.string().trim().min(1).max(10_000) }),
  z.object({ ...base, type: z.literal('attachment'), stepId: z.uuid().optional(), attachment: attachmentRefSchema }),
]);

export type IncidentEvent = z.infer<typeof incidentEventSchema>;
export type IncidentEventType = IncidentEvent['type'];
export type StepStateEvent = Extract<IncidentEvent, { type: 'step-done' | 'step-skipped' | 'step-blocked' | 'step-reopened' }>;
export type NoteEvent = Extract<IncidentEvent, { type: 'note' }>;
export type AttachmentEvent = Extract<IncidentEvent, { type: 'attachment' }>;

export function isStepStateEvent(event: IncidentEvent): event is StepStateEvent {
  return event.type === 'step-done' || event.type === 'step-skipped' || event.type === 'step-blocked' || event.type === 'step-reopened';
}
