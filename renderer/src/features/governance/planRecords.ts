import type { z } from 'zod';
import { ACTION_ITEM_KIND, actionItemSchema, type ActionItem } from '../../domain/exercise/actionItem';
import { EXERCISE_CADENCE_KIND, exerciseCadenceSchema, type ExerciseCadence } from '../../domain/exercise/cadence';
import { EXERCISE_KIND, exerciseSchema, type Exercise } from '../../domain/exercise/exercise';
import { APPROVAL_KIND, approvalSchema, type Approval } from '../../domain/governance/approval';
import { PLAN_VERSION_KIND, planVersionSchema, type PlanVersion } from '../../domain/governance/planVersion';
import { INCIDENT_KIND, incidentSchema, type Incident } from '../../domain/incident/incident';
import { CONTACT_KIND, contactSchema, type Contact } from '../../domain/contact';
import { ORGANISATION_KIND, organisationSchema, type Organisation } from '../../domain/organisation';
import { PROCESS_KIND, processSchema, type Process } from '../../domain/process';
import type { PlanRecord } from '../../domain/record';

/** Records of one kind that pass their schema; a damaged record is left out rather than shown half-read. */
export function parseKind<S extends z.ZodType>(records: readonly PlanRecord[], kind: string, schema: S): Array<z.infer<S>> {
  const out: Array<z.infer<S>> = [];
  for (const record of records) {
    if (record.kind !== kind) continue;
    const parsed = schema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** The records the governance screens read, by kind and validated. */
export interface GovernanceRecords {
  organisation: Organisation | undefined;
  processes: Process[];
  contacts: Contact[];
  exercises: Exercise[];
  cadences: ExerciseCadence[];
  actions: ActionItem[];
  versions: PlanVersion[];
  approvals: Approval[];
  incidents: Incident[];
}

export function governanceRecords(records: readonly PlanRecord[]): GovernanceRecords {
  return {
    organisation: parseKind(records, ORGANISATION_KIND, organisationSchema)[0],
    processes: parseKind(records, PROCESS_KIND, processSchema).sort((a, b) => a.name.localeCompare(b.name)),
    contacts: parseKind(records, CONTACT_KIND, contactSchema).sort((a, b) => a.name.localeCompare(b.name)),
    exercises: parseKind(records, EXERCISE_KIND, exerciseSchema),
    cadences: parseKind(records, EXERCISE_CADENCE_KIND, exerciseCadenceSchema),
    actions: parseKind(records, ACTION_ITEM_KIND, actionItemSchema),
    versions: parseKind(records, PLAN_VERSION_KIND, planVersionSchema).sort((a, b) => b.number - a.number),
    approvals: parseKind(records, APPROVAL_KIND, approvalSchema),
    incidents: parseKind(records, INCIDENT_KIND, incidentSchema),
  };
}
