import type { Contact } from '../../domain/contact';
import type { Organisation } from '../../domain/organisation';
import type { Process } from '../../domain/process';
import type { PlaceholderContext, Runbook } from '../../domain/runbook';
import type { ProcessTargets } from '../strategies/planData';
import type { RunbookService } from './serviceDetails';

export interface PlanFacts {
  organisation?: Organisation;
  process?: Process;
  targets?: ProcessTargets;
  service?: Pick<RunbookService, 'url' | 'bastionHost'>;
  runbook?: Pick<Runbook, 'title' | 'escalation'>;
  contacts: readonly Contact[];
  incident?: { startedAt?: string; detectedAt?: string };
  timeZone?: string;
}

/** Escalation contacts first, in their order, then everyone else: a role shared by two people resolves to whoever is called first. */
export function contactsInEscalationOrder(contacts: readonly Contact[], escalation: readonly { contactId: string }[] = []): Contact[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const first = escalation.map((ref) => byId.get(ref.contactId)).filter((c): c is Contact => c !== undefined);
  const seen = new Set(first.map((c) => c.id));
  return [...first, ...contacts.filter((c) => !seen.has(c.id))];
}

/** Maps plan records onto what `fillPlaceholders` reads. */
export function placeholderContext(facts: PlanFacts): PlaceholderContext {
  const context: PlaceholderContext = {
    contacts: contactsInEscalationOrder(facts.contacts, facts.runbook?.escalation),
  };
  if (facts.organisation) context.org = { name: facts.organisation.name };
  if (facts.process) {
    context.process = {
      name: facts.process.name,
      owner: facts.process.owner,
      deputy: facts.process.deputy,
      ...(facts.targets ?? {}),
    };
  }
  if (facts.service) context.service = { url: facts.service.url.replace(/\/+$/, ''), bastionHost: facts.service.bastionHost };
  if (facts.runbook) context.runbook = { title: facts.runbook.title };
  if (facts.incident) context.incident = facts.incident;
  if (facts.timeZone) context.timeZone = facts.timeZone;
  return context;
}
