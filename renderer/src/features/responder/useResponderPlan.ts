import { useMemo } from 'react';
import type { Contact } from '../../domain/contact';
import type { Runbook } from '../../domain/runbook';
import { placeholderContext } from '../runbooks/placeholderContext';
import type { RunbookService } from '../runbooks/serviceDetails';
import { useRunbookService } from '../runbooks/useRunbooks';
import type { Organisation } from '../../domain/organisation';
import type { Process } from '../../domain/process';
import { useContacts, useOrganisation, useProcesses, useTargets, type ProcessTargets } from '../strategies/planData';
import type { EscalationEntry, ResponderPlan } from './ResponderView';

export interface ResponderPlanInput {
  processId: string;
  runbook: Runbook | undefined;
  processes: readonly Process[];
  targets: ReadonlyMap<string, ProcessTargets>;
  contacts: readonly Contact[];
  organisation: Organisation | undefined;
  service: RunbookService | undefined;
  timeZone?: string;
}

/** Gathers what responder mode shows beside the steps; pure, so the benchmark can call it. */
export function responderPlan(input: ResponderPlanInput): ResponderPlan {
  const process = input.processes.find((p) => p.id === input.processId);
  const targets = input.targets.get(input.processId) ?? {};
  const byId = new Map(input.contacts.map((c) => [c.id, c]));
  const escalation: EscalationEntry[] = (input.runbook?.escalation ?? [])
    .map((ref) => {
      const contact = byId.get(ref.contactId);
      return contact ? { contact, waitMinutes: ref.waitMinutes ?? contact.escalateAfterMinutes } : undefined;
    })
    .filter((entry): entry is EscalationEntry => entry !== undefined);
  return {
    processName: process?.name ?? '',
    targets,
    escalation,
    context: placeholderContext({
      organisation: input.organisation,
      process,
      targets,
      service: input.service,
      runbook: input.runbook,
      contacts: input.contacts,
      timeZone: input.timeZone,
    }),
  };
}

export function useResponderPlan(processId: string | undefined, runbook: Runbook | undefined): ResponderPlan {
  const processes = useProcesses();
  const targets = useTargets();
  const contacts = useContacts();
  const organisation = useOrganisation();
  const service = useRunbookService(runbook?.id);
  return useMemo(
    () => responderPlan({
      processId: processId ?? '', runbook, processes, targets, contacts, organisation, service,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
    [processId, runbook, processes, targets, contacts, organisation, service],
  );
}
