import { useMemo } from 'react';
import type { z } from 'zod';
import { newRecordId, type PlanRecord } from '../../domain/record';
import { usePlanStore, type PlanStore } from '../../store';

type Patch = Record<string, unknown>;

/** A refusal whose message is already a sentence for the owner (i18n done by the thrower). */
export class UserFacingError extends Error {}

export class RecordGoneError extends Error {
  constructor(readonly recordId: string) {
    super(`Record ${recordId} no longer exists`);
  }
}

/**
 * Writes go one after another. The store reads the audit chain's head when a save starts, so two
 * saves in flight at once (a field saving on blur while "Next" saves the wizard position) would
 * otherwise both extend the same head. Each patch is applied to the record as it is when its turn
 * comes, so quick edits to different fields of one record never overwrite each other.
 */
const queues = new WeakMap<PlanStore, Promise<unknown>>();

export interface Saver {
  save(...records: PlanRecord[]): Promise<void>;
  remove(...ids: string[]): Promise<void>;
  /** Applies a patch to the stored record and validates the result; RecordGoneError if it was deleted. */
  update<T extends PlanRecord>(schema: z.ZodType<T>, id: string, patch: (current: T) => Patch): Promise<T>;
  /** Patches the one record of `kind` whose parentId is `parentId`, creating it first if there is none. */
  updateChild<T extends PlanRecord>(schema: z.ZodType<T>, kind: string, parentId: string, patch: (current: T | undefined) => Patch): Promise<T>;
  /** Patches the one record of a kind that exists once per plan, creating it first if there is none. */
  updateSingleton<T extends PlanRecord>(schema: z.ZodType<T>, kind: string, patch: (current: T | undefined) => Patch): Promise<T>;
  /** Runs any sequence of reads and writes in turn with the other writes. */
  run<T>(task: (store: PlanStore) => Promise<T>): Promise<T>;
}

export function createSaver(store: PlanStore): Saver {
  function run<T>(task: (s: PlanStore) => Promise<T>): Promise<T> {
    const before = queues.get(store) ?? Promise.resolve();
    const next = before.then(() => task(store));
    queues.set(
      store,
      next.catch(() => undefined),
    );
    return next;
  }
  const fresh = (kind: string): Patch => ({ id: newRecordId(), kind, updatedAt: new Date().toISOString() });
  async function put<T extends PlanRecord>(schema: z.ZodType<T>, base: Patch, patch: Patch): Promise<T> {
    // A patch sets a field to undefined to clear it: the key goes, so nothing undefined is stored.
    const merged: Patch = { ...base, ...patch, updatedAt: new Date().toISOString() };
    for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
    const next = schema.parse(merged);
    await store.save(next);
    return next;
  }
  return {
    save: (...records) => run((s) => s.save(...records)),
    remove: (...ids) => run((s) => s.remove(...ids)),
    update: (schema, id, patch) =>
      run(async (s) => {
        const current = s.get(id);
        if (!current) throw new RecordGoneError(id);
        return put(schema, current, patch(current as never));
      }),
    updateChild: (schema, kind, parentId, patch) =>
      run(async (s) => {
        const current = s.list(kind).find((r) => r.parentId === parentId);
        return put(schema, current ?? { ...fresh(kind), parentId }, patch(current as never));
      }),
    updateSingleton: (schema, kind, patch) =>
      run(async (s) => {
        const current = s.list(kind)[0];
        return put(schema, current ?? fresh(kind), patch(current as never));
      }),
    run,
  };
}

export function useSaver(): Saver {
  const store = usePlanStore();
  return useMemo(() => createSaver(store), [store]);
}
