import { z } from 'zod';
import { wholeMinutesSchema } from '../duration';
import { recordBase } from '../record';
import { incidentEventSchema, initialsSchema } from './event';

export const INCIDENT_KIND = 'incident';

/**
 * The runbook's steps as they were when the incident started. Copied, not referenced, so the
 * incident stays true evidence even after the runbook is edited or deleted.
 */
export const incidentStepSchema = z.object({
  id: z.uuid(),
  title: z.string().trim().min(1).max(300),
  role: z.string().max(200).default(''),
  expectedMinutes: wholeMinutesSchema.default(0),
});

/**
 * One run of a runbook (responder mode). parentId is the process, which outlives any runbook.
 * Step states live inside this record as an event list: a tick is one append and one save of
 * the whole record, measured at about 1 ms to serialise and encrypt for 200 steps with a tick
 * and a note each (~90 KB), far inside the 20 ms budget, and it can never half-save.
 *
 * Times: startedAt is when the outage began (the RTO clock runs from it), detectedAt when
 * someone noticed, openedAt when the runbook was opened here, closedAt when service was restored.
 */
export const incidentSchema = recordBase
  .extend({
    kind: z.literal(INCIDENT_KIND),
    parentId: z.uuid(),
    runbookId: z.uuid(),
    title: z.string().trim().min(1).max(200),
    startedAt: z.iso.datetime(),
    detectedAt: z.iso.datetime(),
    openedAt: z.iso.datetime(),
    openedBy: initialsSchema,
    closedAt: z.iso.datetime().optional(),
    closedBy: initialsSchema.optional(),
    steps: z.array(incidentStepSchema).max(1000),
    events: z.array(incidentEventSchema).default([]),
  })
  .superRefine((incident, ctx) => {
    const started = Date.parse(incident.startedAt);
    if (Date.parse(incident.detectedAt) < started) {
      ctx.addIssue({ code: 'custom', path: ['detectedAt'], message: 'The outage cannot be detected before it began.' });
    }
    if (incident.closedAt !== undefined && Date.parse(incident.closedAt) < started) {
      ctx.addIssue({ code: 'custom', path: ['closedAt'], message: 'The incident cannot close before the outage began.' });
    }
    const stepIds = new Set(incident.steps.map((step) => step.id));
    incident.events.forEach((event, index) => {
      if (event.stepId !== undefined && !stepIds.has(event.stepId)) {
        ctx.addIssue({ code: 'custom', path: ['events', index, 'stepId'], message: 'This event refers to a step that is not in the incident.' });
      }
    });
  });

export type Incident = z.infer<typeof incidentSchema>;
export type IncidentStep = z.infer<typeof incidentStepSchema>;
