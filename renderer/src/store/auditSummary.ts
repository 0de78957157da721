import type { PlanRecord } from '../domain/record';

const VOLATILE = new Set(['updatedAt']);
const LABEL_FIELDS = ['name', 'title', 'label', 'scenario'] as const;

/** What a person would call this record in a history list. */
export function recordLabel(record: PlanRecord | undefined): string {
  if (!record) return '';
  for (const field of LABEL_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return record.kind;
}

/** The top-level fields that differ, e.g. "name, owner": enough for a reader, no copy of the data. */
export function changedFields(before: PlanRecord | undefined, after: PlanRecord): string[] {
  if (!before) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !VOLATILE.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}
