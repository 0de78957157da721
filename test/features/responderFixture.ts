import { makeContact } from '../../renderer/src/domain/contact';
import { markStepDone, skipStep, startIncident, type Incident } from '../../renderer/src/domain/incident';
import { makeProcess } from '../../renderer/src/domain/process';
import { runbookFromTemplate, runbookTemplate, type Runbook } from '../../renderer/src/domain/runbook';
import type { ResponderPlan } from '../../renderer/src/features/responder/ResponderView';
import { responderPlan } from '../../renderer/src/features/responder/useResponderPlan';

export const T0 = new Date('2026-03-02T09:00:00Z');
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** The seed's failover runbook for an online shop with one escalation contact, and its plan data. */
export function failoverFixture(): { runbook: Runbook; plan: ResponderPlan; incident: Incident } {
  const process = makeProcess({ name: 'Online shop', owner: 'Sam Patel' }, T0);
  const lead = makeContact({ name: 'Jo Reyes', role: 'Incident lead', primaryPhone: '+44 7700 900123', backupPhone: '+44 20 7946 0000' }, T0);
  const template = runbookFromTemplate(runbookTemplate('database-failover-replica')!, { processId: process.id, now: T0 });
  const runbook: Runbook = { ...template, escalation: [{ contactId: lead.id, waitMinutes: 10 }] };
  const plan = responderPlan({
    processId: process.id,
    runbook,
    processes: [process],
    targets: new Map([[process.id, { rtoMinutes: 60, mtpdMinutes: 240 }]]),
    contacts: [lead],
    organisation: { id: '00000000-0000-4000-8000-000000000001', kind: 'organisation', updatedAt: T0.toISOString(), name: 'Quayside Online Ltd', planOwner: 'Sam Patel', locations: [], classification: 'CONFIDENTIAL' },
    service: { id: '00000000-0000-4000-8000-000000000002', kind: 'runbookService', updatedAt: T0.toISOString(), parentId: runbook.id, url: 'https://shop.example.com', bastionHost: 'ops@bastion.example.com' },
    timeZone: 'UTC',
  });
  let incident = startIncident({ runbook, initials: 'JR', now: at(10), startedAt: T0, detectedAt: at(10) });
  incident = markStepDone(incident, { stepId: runbook.steps[0]!.id, initials: 'JR', at: at(12) });
  incident = skipStep(incident, { stepId: runbook.steps[1]!.id, initials: 'JR', at: at(13), reason: 'Status page down' });
  return { runbook, plan, incident };
}

/** A runbook of `count` steps, each with a command, checks and a message, for size tests. */
export function longRunbook(base: Runbook, count: number): Runbook {
  const template = base.steps[4]!;
  const steps = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    title: `Step ${i + 1}: ${template.title} in region ${i % 7}`,
    command: `./promote-replica.sh --cluster orders-${i} && curl -fsS {{service.url}}/health`,
    communicationIds: i % 20 === 0 ? [base.communications[0]!.id] : [],
  }));
  return { ...base, steps };
}
