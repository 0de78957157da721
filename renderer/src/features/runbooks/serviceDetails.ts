import { z } from 'zod';
import { recordBase } from '../../domain/record';
import { parseAll } from '../strategies/planData';
import type { PlanRecord } from '../../domain/record';

/**
 * Where the service of a runbook lives, for the `{{service.url}}` and `{{service.bastionHost}}`
 * placeholders in its commands. The Runbook schema has no field for them, so they are kept as a
 * small record of their own (parentId = the runbook) rather than typed into every command.
 */
export const RUNBOOK_SERVICE_KIND = 'runbookService';

export const runbookServiceSchema = recordBase.extend({
  kind: z.literal(RUNBOOK_SERVICE_KIND),
  parentId: z.uuid(),
  url: z.string().trim().max(500).default(''),
  bastionHost: z.string().trim().max(300).default(''),
});

export type RunbookService = z.infer<typeof runbookServiceSchema>;

export function serviceOf(records: readonly PlanRecord[], runbookId: string): RunbookService | undefined {
  return parseAll(records.filter((r) => r.parentId === runbookId), runbookServiceSchema)[0];
}
