import { newRecordId } from '../../record';
import { RUNBOOK_KIND, runbookSchema, type Runbook } from '../runbook';
import type { RunbookTemplate } from './template';

export interface FromTemplateOptions {
  processId: string;
  now: Date;
  strategyIds?: readonly string[];
  /** Ids for the runbook, its steps and messages; injectable so tests get stable output. */
  newId?: () => string;
}

/** A new runbook filled from a template, ready to edit; validated like any stored runbook. */
export function runbookFromTemplate(template: RunbookTemplate, options: FromTemplateOptions): Runbook {
  const newId = options.newId ?? newRecordId;
  const stepIds = new Map(template.steps.map((step) => [step.key, newId()]));
  const communicationIds = new Map(template.communications.map((draft) => [draft.key, newId()]));
  const idOf = (ids: Map<string, string>, key: string, what: string) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Template "${template.key}" refers to unknown ${what} "${key}"`);
    return id;
  };

  return runbookSchema.parse({
    id: newId(),
    kind: RUNBOOK_KIND,
    updatedAt: options.now.toISOString(),
    parentId: options.processId,
    title: template.title,
    scenario: template.scenario,
    strategyIds: [...(options.strategyIds ?? [])],
    activationCriteria: [...template.activationCriteria],
    mayActivate: [...template.mayActivate],
    roles: template.roles.map((role) => ({ ...role })),
    escalation: [],
    communications: template.communications.map(({ key, ...draft }) => ({ ...draft, id: communicationIds.get(key) })),
    steps: template.steps.map(({ key, after, communications, ...step }) => ({
      ...step,
      id: stepIds.get(key),
      ...(after ? { after: after.map((dependency) => idOf(stepIds, dependency, 'step')) } : {}),
      communicationIds: (communications ?? []).map((draft) => idOf(communicationIds, draft, 'message')),
    })),
  });
}
