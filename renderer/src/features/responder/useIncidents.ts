import { useCallback, useMemo, useRef, useState } from 'react';
import { INCIDENT_KIND, IncidentRuleError, incidentSchema, type Incident } from '../../domain/incident';
import { useRecords, usePlanStore } from '../../store';
import { parseAll, parseOne } from '../strategies/planData';

export function useIncidents(): Incident[] {
  const records = useRecords(INCIDENT_KIND);
  return useMemo(() => parseAll(records, incidentSchema).sort((a, b) => b.openedAt.localeCompare(a.openedAt)), [records]);
}

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; error: unknown };

export interface IncidentSession {
  incident: Incident | undefined;
  saveState: SaveState;
  /** A rule the responder broke (e.g. an empty reason), to show beside the step. */
  ruleError: string | null;
  /**
   * Applies a change at once and saves the whole incident in the background; false when the
   * change broke a rule. Changes are chained on the latest state, not the last committed one,
   * so two quick ticks never lose one, and saves run in order. `saveState` tells how it went.
   */
  apply: (change: (incident: Incident) => Incident) => boolean;
  /** Resolves once every save started so far has finished. */
  settled: () => Promise<unknown>;
}

export function useIncidentSession(incidentId: string | undefined): IncidentSession {
  const store = usePlanStore();
  const records = useRecords(INCIDENT_KIND);
  const record = incidentId === undefined ? undefined : records.find((r) => r.id === incidentId);
  const stored = useMemo(() => parseOne(record, incidentSchema), [record]);
  const [local, setLocal] = useState<Incident | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [ruleError, setRuleError] = useState<string | null>(null);
  const latest = useRef<Incident | undefined>(undefined);
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const current = local ?? stored;

  const apply = useCallback((change: (incident: Incident) => Incident): boolean => {
    const base = latest.current ?? current;
    if (!base) return false;
    let next: Incident;
    try {
      next = change(base);
    } catch (error) {
      if (error instanceof IncidentRuleError) {
        setRuleError(error.message);
        return false;
      }
      throw error;
    }
    setRuleError(null);
    latest.current = next;
    setLocal(next);
    pending.current += 1;
    setSaveState({ status: 'saving' });
    queue.current = queue.current.then(() => store.save(next)).then(
      () => {
        pending.current -= 1;
        if (pending.current === 0) {
          latest.current = undefined;
          setLocal(undefined);
          setSaveState({ status: 'saved', at: new Date(next.updatedAt) });
        }
      },
      (error: unknown) => {
        pending.current -= 1;
        latest.current = undefined;
        setLocal(undefined);
        setSaveState({ status: 'failed', error });
      },
    );
    return true;
  }, [current, store]);

  const settled = useCallback(() => queue.current, []);

  return { incident: current, saveState, ruleError, apply, settled };
}
