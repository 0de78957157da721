import { fingerprintOf } from '../canonical';
import type { PlanRecord } from '../record';

/**
 * What "the plan" is, for signing and for "changed since approval".
 *
 * Included: every record whose kind is not listed in NON_PLAN_KINDS — today the organisation,
 * processes, impact assessments and objectives, assets, vendors, dependencies, contacts,
 * recovery strategies, runbooks with their steps and communication templates, and any kind added
 * later (a new kind of plan content is signed by default; forgetting to list evidence here only
 * causes a visible "changed", never an unnoticed one). Each record keeps all its fields,
 * including id, kind and parentId, except the VOLATILE_FIELDS.
 *
 * Excluded: records about the plan rather than the plan itself — the audit trail, plan versions
 * and approvals (which would otherwise change the fingerprint they sign), exercises, their
 * schedule and action items, incidents and their attachments, and settings — and `updatedAt`,
 * which changes when a record is saved without any change to its content.
 *
 * Order: records are sorted by kind, then id (by UTF-16 code units, never by locale), so the
 * order the store lists them in does not matter.
 */
export const NON_PLAN_KINDS: readonly string[] = [
  'audit-event',
  'plan-version',
  'approval',
  'exercise',
  'exercise-cadence',
  'action-item',
  'incident',
  'attachment',
  'settings',
  // Where the owner left the wizard, and the audit chain's head: bookkeeping, not plan.
  'wizard-progress',
  'audit-head',
];

export const VOLATILE_FIELDS: readonly string[] = ['updatedAt'];

/** The format tag inside the fingerprinted value: a change to these rules needs a new one. */
export const PLAN_CONTENT_FORMAT = 'lifeboat-plan-content/1';

/** A plan record as signed: the record without its volatile fields. */
export type PlanContentEntry = { id: string; kind: string; parentId?: string } & { [field: string]: unknown };

export function isPlanContentKind(kind: string): boolean {
  return !NON_PLAN_KINDS.includes(kind);
}

/** The plan content of a list of records, as frozen in a version's snapshot. Idempotent. */
export function planContent(records: readonly PlanContentEntry[]): PlanContentEntry[] {
  return records
    .filter((record) => isPlanContentKind(record.kind))
    .map(withoutVolatileFields)
    .sort((a, b) => compareCodeUnits(a.kind, b.kind) || compareCodeUnits(a.id, b.id));
}

/**
 * The plan fingerprint: SHA-512 (hex) of the canonical JSON of
 * `{ "format": PLAN_CONTENT_FORMAT, "records": planContent(records) }`.
 * Printed on the kit's cover and signed by each approver.
 */
export function planFingerprint(records: readonly PlanContentEntry[] | readonly PlanRecord[]): string {
  return fingerprintOf({ format: PLAN_CONTENT_FORMAT, records: planContent(records) });
}

function withoutVolatileFields(record: PlanContentEntry): PlanContentEntry {
  // fromEntries defines own properties, so a field named "__proto__" (JSON.parse makes those)
  // is kept and signed rather than silently turned into the copy's prototype.
  return Object.fromEntries(Object.entries(record).filter(([key]) => !VOLATILE_FIELDS.includes(key))) as PlanContentEntry;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
