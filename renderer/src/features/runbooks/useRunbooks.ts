import { useMemo } from 'react';
import { RUNBOOK_KIND, runbookSchema, type Runbook } from '../../domain/runbook';
import { useRecords } from '../../store';
import { parseAll } from '../strategies/planData';
import { RUNBOOK_SERVICE_KIND, serviceOf, type RunbookService } from './serviceDetails';

export function useRunbooks(): Runbook[] {
  const records = useRecords(RUNBOOK_KIND);
  return useMemo(() => parseAll(records, runbookSchema).sort((a, b) => a.title.localeCompare(b.title)), [records]);
}

export function useRunbook(id: string | undefined): Runbook | undefined {
  const runbooks = useRunbooks();
  return id === undefined ? undefined : runbooks.find((r) => r.id === id);
}

export function useRunbookService(runbookId: string | undefined): RunbookService | undefined {
  const records = useRecords(RUNBOOK_SERVICE_KIND);
  return useMemo(() => (runbookId ? serviceOf(records, runbookId) : undefined), [records, runbookId]);
}
