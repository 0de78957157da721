import { z } from 'zod';
import { newRecordId, recordBase } from './record';
import { durationMinutesSchema } from './timePoints';

export const OBJECTIVES_KIND = 'objectives';

/**
 * Recovery objectives of one process (parentId = the process). The suggested MTPD is derived from
 * the impact grid and never stored; only the user's override is, so a changed grid updates the
 * suggestion without overwriting a deliberate choice.
 */
export const objectivesSchema = recordBase.extend({
  kind: z.literal(OBJECTIVES_KIND),
  parentId: z.uuid(),
  rtoMinutes: durationMinutesSchema.optional(),
  rpoMinutes: durationMinutesSchema.optional(),
  /** Minimum business continuity objective: the reduced service that must come back first. */
  mbco: z.string().trim().max(2000).default(''),
  mtpdOverrideMinutes: durationMinutesSchema.min(1).optional(),
  mtpdOverrideReason: z.string().trim().max(500).default(''),
});

export type Objectives = z.infer<typeof objectivesSchema>;
export type ObjectivesInput = Omit<z.input<typeof objectivesSchema>, 'id' | 'kind' | 'updatedAt'> & { id?: string; updatedAt?: string };

export function makeObjectives(input: ObjectivesInput, now: Date = new Date()): Objectives {
  return objectivesSchema.parse({ id: newRecordId(), updatedAt: now.toISOString(), ...input, kind: OBJECTIVES_KIND });
}

export type ObjectiveIssueCode = 'rto-not-below-mtpd' | 'zero-rto' | 'zero-rpo';

export interface ObjectiveIssue {
  code: ObjectiveIssueCode;
  severity: 'error' | 'warning';
  field: 'rtoMinutes' | 'rpoMinutes';
  params: { rtoMinutes?: number; rpoMinutes?: number; mtpdMinutes?: number };
}

/**
 * The rules a form checks as the user types. RTO must be strictly below MTPD: recovering exactly at
 * the MTPD means the intolerable harm has already happened. Zero is allowed but questioned, since it
 * promises no downtime (or no data loss) at all, which few small businesses can buy.
 */
export function checkObjectives(
  objectives: Pick<Objectives, 'rtoMinutes' | 'rpoMinutes'>,
  mtpdMinutes: number | undefined,
): ObjectiveIssue[] {
  const issues: ObjectiveIssue[] = [];
  const { rtoMinutes, rpoMinutes } = objectives;
  if (rtoMinutes !== undefined && mtpdMinutes !== undefined && rtoMinutes >= mtpdMinutes) {
    issues.push({ code: 'rto-not-below-mtpd', severity: 'error', field: 'rtoMinutes', params: { rtoMinutes, mtpdMinutes } });
  }
  if (rtoMinutes === 0) issues.push({ code: 'zero-rto', severity: 'warning', field: 'rtoMinutes', params: { rtoMinutes } });
  if (rpoMinutes === 0) issues.push({ code: 'zero-rpo', severity: 'warning', field: 'rpoMinutes', params: { rpoMinutes } });
  return issues;
}
