import { z } from 'zod';
import { wholeMinutesSchema } from '../duration';

/** RACI: who does it, who answers for it, who is asked, who is told. */
export const raciSchema = z.enum(['responsible', 'accountable', 'consulted', 'informed']);

export const runbookRoleSchema = z.object({
  role: z.string().trim().min(1).max(200),
  raci: raciSchema,
  duties: z.string().max(2000).default(''),
});

/**
 * A contact to call, in order. It points at a Contact record rather than copying it, so a new
 * phone number reaches every runbook; the wait falls back to the contact's own escalation delay.
 */
export const escalationContactRefSchema = z.object({
  contactId: z.uuid(),
  waitMinutes: wholeMinutesSchema.optional(),
});

export type RunbookRole = z.infer<typeof runbookRoleSchema>;
export type EscalationContactRef = z.infer<typeof escalationContactRefSchema>;
