import { z } from 'zod';
import { wholeMinutesSchema } from '../duration';

const text = (max: number) => z.string().max(max).default('');

/**
 * One numbered step. Its number is its place in the runbook's `steps` array, never stored, so
 * reordering cannot leave two steps numbered 3.
 *
 * Parallel work is modelled as dependencies, which say more than parallel groups (a branch can
 * wait on two others):
 * - `after` absent: the step follows the one before it, as a plain numbered list reads;
 * - `after: [ids]`: the step may start once all those steps are finished, whatever their place;
 * - `after: []`: the step may start at once, beside whatever else is going on.
 */
export const stepSchema = z.object({
  id: z.uuid(),
  title: z.string().trim().min(1).max(300),
  /** Who does it, as a role ("On-call engineer"), so the runbook survives staff changes. */
  role: z.string().trim().max(200).default(''),
  /** Shown monospace with a copy button; kept verbatim, never reflowed. */
  command: text(10_000),
  expectedMinutes: wholeMinutesSchema.default(0),
  /** How to tell it worked, e.g. a health check. */
  verification: text(4000),
  warning: text(4000),
  rollback: text(4000),
  /** What to capture for the incident record: screenshots, exported logs. */
  evidence: text(2000),
  after: z.array(z.uuid()).optional(),
  /** Communication templates to send at this step, shown filled in beside it. */
  communicationIds: z.array(z.uuid()).default([]),
});

export type Step = z.infer<typeof stepSchema>;
