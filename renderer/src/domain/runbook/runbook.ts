import { z } from 'zod';
import { recordBase } from '../record';
import { communicationTemplateSchema } from './communication';
import { describeDependencyProblem, findDependencyProblem } from './dependencies';
import { escalationContactRefSchema, runbookRoleSchema } from './roles';
import { scenarioSchema } from './scenario';
import { stepSchema } from './step';

export const RUNBOOK_KIND = 'runbook';

/**
 * A runbook for one process (parentId) and one scenario.
 * Steps live inside the record as an ordered array: the order is the numbering, a reorder is
 * one atomic save, and even 200 steps (~40 KB) encrypt in about a millisecond.
 */
export const runbookSchema = recordBase
  .extend({
    kind: z.literal(RUNBOOK_KIND),
    parentId: z.uuid(),
    title: z.string().trim().min(1).max(200),
    scenario: scenarioSchema,
    /** The scenario in the user's words when it is "custom". */
    scenarioName: z.string().trim().max(200).default(''),
    /** The recovery strategies this runbook carries out. */
    strategyIds: z.array(z.uuid()).default([]),
    /** E.g. "Service unavailable > 15 min or SLA breach"; any one of them is enough. */
    activationCriteria: z.array(z.string().trim().min(1).max(500)).default([]),
    /** Roles allowed to declare the incident and start this runbook. */
    mayActivate: z.array(z.string().trim().min(1).max(200)).default([]),
    roles: z.array(runbookRoleSchema).default([]),
    escalation: z.array(escalationContactRefSchema).default([]),
    communications: z.array(communicationTemplateSchema).default([]),
    steps: z.array(stepSchema).max(1000).default([]),
  })
  .superRefine((runbook, ctx) => {
    const problem = findDependencyProblem(runbook.steps);
    if (problem) ctx.addIssue({ code: 'custom', path: ['steps'], message: describeDependencyProblem(problem, runbook.steps) });
    const communicationIds = new Set(runbook.communications.map((c) => c.id));
    for (const [index, step] of runbook.steps.entries()) {
      if (step.communicationIds.some((id) => !communicationIds.has(id))) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'communicationIds'],
          message: `Step ${index + 1} "${step.title}" refers to a communication template that is not in this runbook.`,
        });
      }
    }
  });

export type Runbook = z.infer<typeof runbookSchema>;
