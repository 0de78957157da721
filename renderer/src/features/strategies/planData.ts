import { useMemo } from 'react';
import { effectiveMtpd, suggestMtpd } from '../../domain/bia/mtpd';
import { CONTACT_KIND, contactSchema, type Contact } from '../../domain/contact';
import { IMPACT_ASSESSMENT_KIND, impactAssessmentSchema, type ImpactAssessment } from '../../domain/impact';
import { OBJECTIVES_KIND, objectivesSchema, type Objectives } from '../../domain/objectives';
import { ORGANISATION_KIND, organisationSchema, type Organisation } from '../../domain/organisation';
import { PROCESS_KIND, processSchema, type Process } from '../../domain/process';
import type { PlanRecord } from '../../domain/record';
import { RECOVERY_STRATEGY_KIND, recoveryStrategySchema, type RecoveryStrategy } from '../../domain/strategy';
import { DEFAULT_TOLERABLE_LEVELS, IMPACT_TOLERANCE_KIND, effectiveTolerance, impactToleranceSchema } from '../../domain/tolerance';
import { useRecords } from '../../store';

/** Where the plan's processes are listed and edited (features/plan). */
export const PROCESSES_PATH = '/plan/processes';

export interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

const INVALID = Symbol('invalid');
/**
 * Parsed records by schema and record. The vault's records are frozen and keep their identity
 * until they change, so a screen opened again (responder mode after the outage list) does not
 * validate a 200-step runbook or incident a second time.
 */
const parsedCache = new WeakMap<object, WeakMap<object, unknown>>();

/** One record through its schema, or undefined if it does not pass. */
export function parseOne<T>(record: PlanRecord | undefined, schema: SafeParser<T>): T | undefined {
  if (!record) return undefined;
  let bySchema = parsedCache.get(schema);
  if (!bySchema) parsedCache.set(schema, (bySchema = new WeakMap()));
  let parsed = bySchema.get(record) as T | typeof INVALID | undefined;
  if (parsed === undefined) {
    const result = schema.safeParse(record);
    parsed = result.success ? result.data : INVALID;
    bySchema.set(record, parsed);
  }
  return parsed === INVALID ? undefined : parsed;
}

/** Records of one kind that pass their schema; a damaged or foreign record is left out, not shown half-read. */
export function parseAll<T>(records: readonly PlanRecord[], schema: SafeParser<T>): T[] {
  const out: T[] = [];
  for (const record of records) {
    const parsed = parseOne(record, schema);
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

export function useParsed<T>(kind: string, schema: SafeParser<T>): T[] {
  const records = useRecords(kind);
  return useMemo(() => parseAll(records, schema), [records, schema]);
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function useProcesses(): Process[] {
  const processes = useParsed<Process>(PROCESS_KIND, processSchema);
  return useMemo(() => [...processes].sort(byName), [processes]);
}

export function useContacts(): Contact[] {
  const contacts = useParsed<Contact>(CONTACT_KIND, contactSchema);
  return useMemo(() => [...contacts].sort((a, b) => a.escalationLevel - b.escalationLevel || byName(a, b)), [contacts]);
}

export function useStrategies(): RecoveryStrategy[] {
  return useParsed<RecoveryStrategy>(RECOVERY_STRATEGY_KIND, recoveryStrategySchema);
}

export function useOrganisation(): Organisation | undefined {
  return useParsed<Organisation>(ORGANISATION_KIND, organisationSchema)[0];
}

/** What a process must achieve: its recovery objectives and the MTPD in force. */
export interface ProcessTargets {
  rtoMinutes?: number;
  rpoMinutes?: number;
  mtpdMinutes?: number;
}

export interface TargetInputs {
  objectives: readonly Objectives[];
  assessments: readonly ImpactAssessment[];
  toleranceLevels?: Parameters<typeof effectiveTolerance>[0];
}

/**
 * Targets per process id. The MTPD is the owner's override, else the one the impact grid
 * suggests (the earliest point any category goes above its tolerable level).
 */
export function targetsByProcess({ objectives, assessments, toleranceLevels }: TargetInputs): Map<string, ProcessTargets> {
  const result = new Map<string, ProcessTargets>();
  const assessmentOf = new Map(assessments.map((a) => [a.parentId, a]));
  const ids = new Set([...objectives.map((o) => o.parentId), ...assessments.map((a) => a.parentId)]);
  const objectivesOf = new Map(objectives.map((o) => [o.parentId, o]));
  for (const id of ids) {
    const own = objectivesOf.get(id);
    const assessment = assessmentOf.get(id);
    const suggestion = assessment
      ? suggestMtpd(assessment.levels, effectiveTolerance(toleranceLevels ?? DEFAULT_TOLERABLE_LEVELS, assessment.tolerableOverrides))
      : undefined;
    const mtpd = effectiveMtpd(suggestion, own);
    const targets: ProcessTargets = {};
    if (own?.rtoMinutes !== undefined) targets.rtoMinutes = own.rtoMinutes;
    if (own?.rpoMinutes !== undefined) targets.rpoMinutes = own.rpoMinutes;
    if (mtpd.minutes !== undefined) targets.mtpdMinutes = mtpd.minutes;
    result.set(id, targets);
  }
  return result;
}

export function useTargets(): Map<string, ProcessTargets> {
  const objectives = useParsed<Objectives>(OBJECTIVES_KIND, objectivesSchema);
  const assessments = useParsed<ImpactAssessment>(IMPACT_ASSESSMENT_KIND, impactAssessmentSchema);
  const tolerance = useParsed(IMPACT_TOLERANCE_KIND, impactToleranceSchema)[0];
  return useMemo(
    () => targetsByProcess({ objectives, assessments, toleranceLevels: tolerance?.levels }),
    [objectives, assessments, tolerance],
  );
}
