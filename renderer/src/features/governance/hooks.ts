import { useMemo, useSyncExternalStore } from 'react';
import { todayIn, type CalendarDate } from '../../domain/exercise/calendarDate';
import type { PlanRecord } from '../../domain/record';
import { usePlanStore, type PlanStore } from '../../store';
import { governanceRecords, type GovernanceRecords } from './planRecords';

function useStoreVersion(store: PlanStore): number {
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getVersion(),
  );
}

/** Every plan record, live: what the fingerprint, the readiness facts and the evidence pack read. */
export function useAllRecords(): readonly PlanRecord[] {
  const store = usePlanStore();
  const version = useStoreVersion(store);
  return useMemo(() => {
    void version;
    return store.vault.status === 'unlocked' ? store.vault.all('records') : [];
  }, [store, version]);
}

export function useGovernanceRecords(): GovernanceRecords {
  const records = useAllRecords();
  return useMemo(() => governanceRecords(records), [records]);
}

/** This computer's time zone: due dates are calendar days where the business is. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function localToday(now: Date = new Date()): CalendarDate {
  return todayIn(now, localTimeZone());
}

/** Today's date, re-read on every render (cheap) so a screen left open past midnight is right. */
export function useToday(): CalendarDate {
  return localToday();
}

const queues = new WeakMap<PlanStore, Promise<unknown>>();

/**
 * Runs store writes one after another. The store reads the audit chain's head when a write
 * starts, so two writes in flight at once would both extend the same head.
 */
export function serialWrite<T>(store: PlanStore, task: (store: PlanStore) => Promise<T>): Promise<T> {
  const before = queues.get(store) ?? Promise.resolve();
  const next = before.then(() => task(store));
  queues.set(
    store,
    next.catch(() => undefined),
  );
  return next;
}
