import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PlanRecord } from '../domain/record';
import type { PlanStore } from './planStore';

export const PlanStoreContext = createContext<PlanStore | null>(null);

export function usePlanStore(): PlanStore {
  const store = useContext(PlanStoreContext);
  if (!store) throw new Error('usePlanStore outside PlanStoreContext');
  return store;
}

/** Live list of one kind of record; re-renders after every commit. */
export function useRecords(kind: string): PlanRecord[] {
  const store = usePlanStore();
  useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getVersion(),
  );
  return store.list(kind);
}

/** The single record of a kind that exists once per plan (organisation, settings). */
export function useSingleton(kind: string): PlanRecord | undefined {
  return useRecords(kind)[0];
}

/** The audit trail in chain order, live. */
export function useAuditEvents() {
  const store = usePlanStore();
  useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getVersion(),
  );
  return store.auditEvents();
}
