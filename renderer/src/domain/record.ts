import { z } from 'zod';

/**
 * Every stored thing is a record: a random UUID, a kind naming its schema, when it last changed,
 * and the record it belongs to, if any. Only these four fields are ever visible on disk.
 */
export const recordBase = z.object({
  id: z.uuid(),
  kind: z.string().min(1),
  updatedAt: z.iso.datetime(),
  parentId: z.uuid().optional(),
});

export type RecordBase = z.infer<typeof recordBase>;

/** A record as the vault stores it: the base fields plus the kind's own JSON-serialisable payload. */
export type PlanRecord = RecordBase & { [field: string]: unknown };

export function newRecordId(): string {
  return crypto.randomUUID();
}
