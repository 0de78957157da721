import { z } from 'zod';
import { recordBase } from '../record';
import { calendarDateSchema } from './calendarDate';

export const EXERCISE_KIND = 'exercise';

/** From talking it through to really failing over: each step costs more and proves more. */
export const EXERCISE_TYPES = ['tabletop', 'walkthrough', 'simulation', 'parallel', 'full-failover'] as const;
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

/** Types that touch systems, and so count as the yearly live recovery test. */
export const LIVE_EXERCISE_TYPES: readonly ExerciseType[] = ['simulation', 'parallel', 'full-failover'];
/** Types held around a table, counting as the quarterly tabletop. */
export const DISCUSSION_EXERCISE_TYPES: readonly ExerciseType[] = ['tabletop', 'walkthrough'];

export const EXERCISE_STATUSES = ['planned', 'in-progress', 'completed', 'cancelled'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/**
 * Where a test may do harm is decided before it starts (the seed: "scoped to avoid business
 * disruption"): only talk, a staging copy, or production inside an agreed service window.
 */
export const EXERCISE_ENVIRONMENTS = ['discussion-only', 'staging', 'service-window'] as const;

export const LOG_ENTRY_KINDS = [
  'note',
  /** A scenario event handed to the team ("the primary database stops accepting writes"). */
  'inject',
  /** The simulated or real outage begins: the clock for detection and recovery starts. */
  'disruption',
  'detected',
  'decision',
  'action',
  'recovered',
  /** A critical workflow checked end to end, with `workflowId` and `outcome`. */
  'workflow-check',
  /** A gap seen during the exercise, candidate for a finding. */
  'issue',
] as const;
export type LogEntryKind = (typeof LOG_ENTRY_KINDS)[number];

export const exerciseLogEntrySchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  kind: z.enum(LOG_ENTRY_KINDS),
  text: z.string().max(2000).default(''),
  /** Which service or process a disruption, detection or recovery is about, when several are. */
  subject: z.string().max(200).optional(),
  workflowId: z.string().optional(),
  outcome: z.enum(['pass', 'fail']).optional(),
  /** Initials of whoever logged it. */
  by: z.string().max(20).optional(),
});
export type ExerciseLogEntry = z.infer<typeof exerciseLogEntrySchema>;

export const METRIC_NAMES = ['time-to-detect', 'time-to-recover', 'workflows-validated'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/**
 * A success criterion either has a measurable target, judged from the log, or is judged by the
 * facilitator at the debrief (`result`).
 */
export const successCriterionSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1).max(500),
  /** Minutes for the times, percent for workflows validated. */
  target: z
    .object({ metric: z.enum(METRIC_NAMES), atMost: z.number().nonnegative().optional(), atLeast: z.number().nonnegative().optional() })
    .refine((t) => (t.atMost === undefined) !== (t.atLeast === undefined), 'exactly one of atMost or atLeast')
    .optional(),
  result: z.enum(['met', 'not-met']).nullable().default(null),
});
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;

export const attendeeSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  role: z.string().max(200).default(''),
  present: z.boolean().default(true),
  contactId: z.uuid().optional(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const findingSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1).max(2000),
});
export type Finding = z.infer<typeof findingSchema>;

export const exerciseSchema = recordBase.extend({
  kind: z.literal(EXERCISE_KIND),
  title: z.string().trim().min(1).max(200),
  type: z.enum(EXERCISE_TYPES),
  status: z.enum(EXERCISE_STATUSES).default('planned'),
  scheduledFor: calendarDateSchema.optional(),
  /** The day it took place; a completed exercise needs one, and the schedule counts from it. */
  heldOn: calendarDateSchema.optional(),
  scenario: z.string().max(5000).default(''),
  objectives: z.array(z.string().trim().min(1).max(500)).default([]),
  successCriteria: z.array(successCriterionSchema).default([]),
  scope: z
    .object({
      environment: z.enum(EXERCISE_ENVIRONMENTS),
      windowStart: z.iso.datetime({ offset: true }).optional(),
      windowEnd: z.iso.datetime({ offset: true }).optional(),
      processIds: z.array(z.uuid()).default([]),
      notes: z.string().max(2000).default(''),
    })
    .default({ environment: 'discussion-only', processIds: [], notes: '' }),
  /** The customer-facing flows this exercise must prove still work (e.g. "checkout"). */
  criticalWorkflows: z.array(z.object({ id: z.string().min(1), name: z.string().trim().min(1).max(200) })).default([]),
  attendance: z.array(attendeeSchema).default([]),
  log: z.array(exerciseLogEntrySchema).default([]),
  /** A live test run through responder mode keeps its incident as the timeline's source. */
  incidentId: z.uuid().optional(),
  postMortem: z.string().max(20000).default(''),
  findings: z.array(findingSchema).default([]),
}).superRefine((exercise, ctx) => {
  if (exercise.status === 'completed' && !exercise.heldOn) {
    ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'A completed exercise needs the date it was held.' });
  }
  if (exercise.scope.environment === 'service-window' && !(exercise.scope.windowStart && exercise.scope.windowEnd)) {
    ctx.addIssue({ code: 'custom', path: ['scope', 'windowStart'], message: 'A test in a service window needs the window’s start and end.' });
  } else if (exercise.scope.windowStart && exercise.scope.windowEnd && Date.parse(exercise.scope.windowEnd) <= Date.parse(exercise.scope.windowStart)) {
    ctx.addIssue({ code: 'custom', path: ['scope', 'windowEnd'], message: 'The service window must end after it starts.' });
  }
});
export type Exercise = z.infer<typeof exerciseSchema>;
