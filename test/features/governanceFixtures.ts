import { appendEvent, verifyAgainstHead, type AuditEvent } from '../../renderer/src/domain/audit';
import { ACTION_ITEM_KIND, actionItemSchema, type ActionItem } from '../../renderer/src/domain/exercise/actionItem';
import { EXERCISE_KIND, exerciseSchema, type Exercise, type ExerciseLogEntry } from '../../renderer/src/domain/exercise/exercise';
import { approveVersion, newDraftVersion, transitionPlanVersion, type PlanVersion } from '../../renderer/src/domain/governance/planVersion';
import { planFingerprint } from '../../renderer/src/domain/governance/planContent';
import { signApproval } from '../../renderer/src/domain/governance/signing';
import type { Approval } from '../../renderer/src/domain/governance/approval';
import { ORGANISATION_KIND } from '../../renderer/src/domain/organisation';
import { PROCESS_KIND } from '../../renderer/src/domain/process';
import type { PlanRecord } from '../../renderer/src/domain/record';
import { governance } from '../../renderer/src/i18n/en/governance';
import type { EvidenceAuditInput, EvidenceInput, EvidenceStrings, ReadinessRow } from '../../renderer/src/print/evidence/model';
import { assessReadiness } from '../../renderer/src/domain/readiness/assess';
import { readinessContext } from '../../renderer/src/features/readiness/readinessFacts';
import { idMaker, makePlan, NOW, STRINGS, type PlanSpec } from '../print/fixtures';

export const EVIDENCE_STRINGS: EvidenceStrings = governance.pdf;
export const TODAY = '2025-03-04';

/** Cheap Argon2id for tests only; the app always uses the default cost. */
const TEST_COST = { cost: { memoryKiB: 1024, iterations: 1, parallelism: 1 }, allowWeakKdf: true } as const;

const iso = (date: string, hhmm = '10:00') => `${date}T${hhmm}:00.000Z`;

function log(date: string, entries: Array<[string, ExerciseLogEntry['kind'], string, Partial<ExerciseLogEntry>?]>, newId: () => string): ExerciseLogEntry[] {
  return entries.map(([hhmm, kind, text, extra]) => ({ id: newId(), at: iso(date, hhmm), kind, text, by: 'AH', ...(extra ?? {}) }));
}

export interface GovernancePlan {
  records: PlanRecord[];
  exercises: Exercise[];
  actions: ActionItem[];
  versions: PlanVersion[];
  approvals: Approval[];
}

/**
 * The seed's plan with a year of governance: two completed exercises (a tabletop and a live
 * failover with workflow checks), a planned one, their findings as action items (one closed with a
 * change ticket, one open, one overdue), and version 1 approved by two signatures then superseded
 * by version 2, approved by one. With `editAfterApproval` the organisation is renamed afterwards.
 */
export async function governancePlan(spec: Partial<PlanSpec> = {}, options: { editAfterApproval?: boolean } = {}): Promise<GovernancePlan> {
  const plan = makePlan({ template: 'online-shop', organisation: 'Harbour Bikes Online Ltd', processes: 5, runbooks: 5, steps: 20, contacts: 50, idPrefix: 31, ...spec });
  const newId = idMaker(77);
  const at = NOW.toISOString();
  const processIds = plan.records.filter((r) => r.kind === PROCESS_KIND).map((r) => r.id);
  const people = ['Amira Haddad', 'Ben Okafor', 'Chloe Lindqvist', 'Dev Patel', 'Elena Moreau', 'Farid Nakamura'];
  const attendance = people.map((name, i) => ({ id: newId(), name, role: i === 0 ? 'Managing director' : 'Staff', present: i !== 5 }));

  const tabletop = exerciseSchema.parse({
    id: newId(),
    kind: EXERCISE_KIND,
    updatedAt: at,
    title: 'Q1 tabletop: ransomware on the accounts server',
    type: 'tabletop',
    status: 'completed',
    scheduledFor: '2025-01-15',
    heldOn: '2025-01-15',
    scenario: 'Files on the accounts server are encrypted on a Monday morning and a ransom note appears.',
    objectives: ['Confirm who declares the incident', 'Walk the restore from the offline backup within the 8-hour RTO'],
    successCriteria: [
      { id: newId(), text: 'Everyone knows their role in the call tree', result: 'met' },
      { id: newId(), text: 'Restore path fits the RTO', target: { metric: 'time-to-recover', atMost: 480 } },
    ],
    scope: { environment: 'discussion-only', processIds: processIds.slice(0, 2), notes: '' },
    attendance,
    log: log(
      '2025-01-15',
      [
        ['10:00', 'disruption', 'Ransom note appears on the accounts PC'],
        ['10:12', 'detected', 'Office manager calls the owner'],
        ['10:20', 'decision', 'Owner declares an incident and opens the ransomware runbook'],
        ['10:45', 'issue', 'Nobody knew where the DNS provider login is kept'],
        ['11:30', 'action', 'Restore from offline backup walked through step by step'],
        ['14:10', 'recovered', 'Accounts server back from backup (walked through)'],
      ],
      newId,
    ),
    postMortem: 'The call tree worked. Restoring from the offline copy fits the RTO, but finding the DNS login took 25 minutes.',
    findings: [
      { id: newId(), text: 'Store the DNS provider login in the password manager' },
      { id: newId(), text: 'Print the call tree for the office wall' },
    ],
  });
  const workflows = [
    { id: newId(), name: 'Checkout' },
    { id: newId(), name: 'Card payment' },
    { id: newId(), name: 'Order confirmation email' },
  ];
  const failover = exerciseSchema.parse({
    id: newId(),
    kind: EXERCISE_KIND,
    updatedAt: at,
    title: 'Yearly failover: payment database to the replica',
    type: 'full-failover',
    status: 'completed',
    heldOn: '2024-11-20',
    scenario: 'The primary payment database fails during a Saturday service window.',
    objectives: ['Promote the replica and switch DNS within the 1-hour RTO', 'Validate checkout, payment and confirmation emails'],
    successCriteria: [
      { id: newId(), text: 'Service back within 60 minutes', target: { metric: 'time-to-recover', atMost: 60 } },
      { id: newId(), text: 'Outage detected within 10 minutes', target: { metric: 'time-to-detect', atMost: 10 } },
      { id: newId(), text: 'All critical workflows validated', target: { metric: 'workflows-validated', atLeast: 100 } },
    ],
    scope: { environment: 'service-window', windowStart: iso('2024-11-20', '06:00'), windowEnd: iso('2024-11-20', '10:00'), processIds: processIds.slice(0, 1), notes: 'Customers warned by banner.' },
    criticalWorkflows: workflows,
    attendance: attendance.slice(0, 4),
    log: log(
      '2024-11-20',
      [
        ['06:05', 'inject', 'Primary database stopped by the facilitator'],
        ['06:05', 'disruption', 'Payments fail'],
        ['06:09', 'detected', 'Health check alert'],
        ['06:15', 'action', 'Replica promoted'],
        ['06:22', 'action', 'DNS switched, TTL 60 s'],
        ['06:31', 'recovered', 'Checkout answering'],
        ['06:35', 'workflow-check', '', { workflowId: workflows[0]!.id, outcome: 'pass' }],
        ['06:38', 'workflow-check', '', { workflowId: workflows[1]!.id, outcome: 'pass' }],
        ['06:40', 'workflow-check', 'Mail relay still pointing at the old primary', { workflowId: workflows[2]!.id, outcome: 'fail' }],
        ['06:55', 'workflow-check', 'Relay repointed', { workflowId: workflows[2]!.id, outcome: 'pass' }],
      ],
      newId,
    ),
    postMortem: 'Failover met the RTO. The mail relay configuration was missed and is now in the runbook.',
    findings: [{ id: newId(), text: 'Add the mail relay to the failover runbook' }],
  });
  const planned = exerciseSchema.parse({ id: newId(), kind: EXERCISE_KIND, updatedAt: at, title: 'Q2 tabletop: supplier outage', type: 'tabletop', status: 'planned', scheduledFor: '2025-04-10' });
  const exercises = [tabletop, failover, planned];

  const action = (exercise: Exercise, findingIndex: number, fields: Partial<ActionItem>): ActionItem =>
    actionItemSchema.parse({
      id: newId(),
      kind: ACTION_ITEM_KIND,
      updatedAt: at,
      parentId: exercise.id,
      source: 'exercise',
      findingId: exercise.findings[findingIndex]!.id,
      title: exercise.findings[findingIndex]!.text,
      owner: 'Ben Okafor',
      dueDate: '2025-02-15',
      ...fields,
    });
  const actions = [
    action(tabletop, 0, { status: 'done', changeTicket: 'CHG-1042', closureEvidence: 'Login stored in the password manager; checked by Ben on 3 Feb.', closedOn: '2025-02-03' }),
    action(tabletop, 1, { dueDate: '2025-03-01' }),
    action(failover, 0, { status: 'done', changeTicket: 'CHG-0977', closureEvidence: 'Runbook step 7 added and tested in staging.', closedOn: '2024-12-02' }),
  ];

  let records: PlanRecord[] = [...plan.records, ...exercises, ...actions];
  const v1 = newDraftVersion(undefined, { id: newId(), updatedAt: at, note: 'First approval' });
  const v1Review = transitionPlanVersion(v1, { type: 'submit', at: iso('2024-03-01'), records });
  const sign = (version: PlanVersion, name: string, role: string, date: string) =>
    signApproval({ id: newId(), updatedAt: at, versionId: version.id, fingerprint: version.fingerprint!, approverName: name, approverRole: role, date, passphrase: `${name} signing passphrase`, ...TEST_COST });
  const a1 = await sign(v1Review, 'Amira Haddad', 'Managing director', '2024-03-02');
  const a2 = await sign(v1Review, 'Ben Okafor', 'Finance director', '2024-03-03');
  const [v1Approved] = approveVersion([v1Review], v1Review.id, { at: iso('2024-03-03'), approvals: [a1, a2], currentFingerprint: planFingerprint(records) });
  const v2 = newDraftVersion(v1Approved, { id: newId(), updatedAt: at, note: 'Annual review 2025' });
  const v2Review = transitionPlanVersion(v2, { type: 'submit', at: iso('2025-02-20'), records });
  const a3 = await sign(v2Review, 'Amira Haddad', 'Managing director', '2025-02-21');
  const approved = approveVersion([v1Approved!, v2Review], v2Review.id, { at: iso('2025-02-21'), approvals: [a1, a2, a3], currentFingerprint: planFingerprint(records) });
  const versions = approved.sort((a, b) => b.number - a.number);
  const approvals = [a1, a2, a3];
  records = [...records, ...versions, ...approvals];
  if (options.editAfterApproval) {
    records = records.map((r) => (r.kind === ORGANISATION_KIND ? { ...r, name: `${String(r.name)} & Repairs` } : r));
  }
  return { records, exercises, actions, versions, approvals };
}

/** An audit trail of `count` events like the store writes, with a kit print and a verification at the end. */
export function auditTrail(count: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  const start = Date.parse('2024-01-01T08:00:00Z');
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    events.push(
      appendEvent(events.at(-1) ?? null, {
        at: new Date(start + i * 60_000).toISOString(),
        actor: i % 3 === 0 ? 'Amira Haddad' : 'Ben Okafor',
        action: last ? 'print' : i % 7 === 0 ? 'create' : 'update',
        entityKind: last ? 'document' : 'runbook',
        entityId: last ? 'kit' : '11111111-1111-4111-8111-111111111111',
        entityLabel: last ? 'Locked-safe kit' : 'Database failover',
        after: last ? 'harbour-bikes-online-ltd-locked-safe-kit-2025-03-04.pdf' : `Changed: steps, title (${i})`,
      }),
    );
  }
  return events;
}

export function auditInput(events: readonly AuditEvent[], excerpt = 200): EvidenceAuditInput {
  const last = events.at(-1);
  const storedHead = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: '0'.repeat(128) };
  return { total: events.length, verdict: verifyAgainstHead(events, storedHead), storedHead, excerpt: events.slice(-excerpt) };
}

/** Readiness rows in the domain's English, as the window would word them. */
export function readinessRows(records: readonly PlanRecord[], events: readonly AuditEvent[]): ReadinessRow[] {
  const { facts } = readinessContext({ records, auditEvents: events, today: TODAY });
  return assessReadiness(facts).items.map((i) => ({ group: i.group, title: i.title, status: i.status, reason: i.reason }));
}

export function evidenceInput(plan: GovernancePlan, events: readonly AuditEvent[], paper: 'A4' | 'LETTER' = 'A4'): EvidenceInput {
  return {
    records: plan.records,
    audit: auditInput(events),
    readiness: readinessRows(plan.records, events),
    paper,
    now: NOW,
    pdfStrings: STRINGS,
    strings: EVIDENCE_STRINGS,
  };
}
