import { formatMinutes } from '../../domain/duration';
import { actionItemSchema, ACTION_ITEM_KIND, actionItemState, type ActionItem } from '../../domain/exercise/actionItem';
import { todayIn } from '../../domain/exercise/calendarDate';
import { exerciseSchema, EXERCISE_KIND, type Exercise } from '../../domain/exercise/exercise';
import { exerciseMetrics } from '../../domain/exercise/metrics';
import { reviewStatus } from '../../domain/governance/annualReview';
import { approvalSchema, APPROVAL_KIND } from '../../domain/governance/approval';
import { describePlanChanges } from '../../domain/governance/planDiff';
import { currentApprovedVersion, planVersionSchema, PLAN_VERSION_KIND } from '../../domain/governance/planVersion';
import { checkSignOff } from '../../domain/governance/signOff';
import { verifyApproval } from '../../domain/governance/signing';
import { processSchema, PROCESS_KIND } from '../../domain/process';
import type { PlanRecord } from '../../domain/record';
import { formatTimestamp } from '../../domain/runbook/timestamp';
import { buildPrintJob } from '../buildModel';
import { fileSlug, fmt } from '../text';
import type { EvidenceInput, EvidenceJob, EvidencePackModel, EvidenceStrings, ExerciseReport } from './model';

/** Enough of the trail to read the recent history; the whole trail is in the CSV export. */
export const AUDIT_EXCERPT_EVENTS = 200;
const MAX_CHANGES = 150;

function parsed<T>(records: readonly PlanRecord[], kind: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T[] {
  const out: T[] = [];
  for (const record of records) {
    if (record.kind !== kind) continue;
    const result = schema.safeParse(record);
    if (result.success) out.push(result.data);
  }
  return out;
}

/** 128 hex characters as lines of 8 groups of 4, as on the kit's cover. */
export function hexLines(hex: string, groupsPerLine = 8): string {
  const groups = hex.toUpperCase().match(/.{1,4}/g) ?? [];
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += groupsPerLine) lines.push(groups.slice(i, i + groupsPerLine).join(' '));
  return lines.join('\n');
}

/**
 * The auditor's evidence pack for ECC-2:2024 control 3-1, as plain worded data: the readiness
 * assessment, the sign-off with each signature's verification result, the BIA, strategies and
 * exercise schedule (the kit's own models), every exercise report, the corrective actions with
 * their closure, and an excerpt of the audit trail with the chain's head hash. Pure.
 */
export function buildEvidenceJob(input: EvidenceInput): EvidenceJob {
  const { records, strings: s, pdfStrings } = input;
  const zone = input.timeZone ?? 'UTC';
  // The kit's job gives the frame (organisation, version, classification) and its section models.
  const kit = buildPrintJob({ document: 'kit' }, records, {
    paper: input.paper,
    now: input.now,
    strings: pdfStrings,
    timeZone: zone,
    ...(input.locale ? { locale: input.locale } : {}),
  });
  if (kit.model.document !== 'kit') throw new Error('unexpected kit model');
  const today = todayIn(input.now, zone);
  const at = (iso: string | undefined) => (iso ? formatTimestamp(iso, zone) : '');

  const versions = parsed(records, PLAN_VERSION_KIND, planVersionSchema).sort((a, b) => b.number - a.number);
  const approvals = parsed(records, APPROVAL_KIND, approvalSchema);
  const approved = currentApprovedVersion(versions);
  const check = checkSignOff(approved, approvals, records);
  const review = reviewStatus(approved, today);
  const changeLines = describePlanChanges(check.changes);

  const processName = new Map(parsed(records, PROCESS_KIND, processSchema).map((p) => [p.id, p.name]));
  const exercises = parsed(records, EXERCISE_KIND, exerciseSchema).sort((a, b) => (b.heldOn ?? b.scheduledFor ?? '').localeCompare(a.heldOn ?? a.scheduledFor ?? ''));
  const actions = parsed(records, ACTION_ITEM_KIND, actionItemSchema);
  const exerciseTitle = new Map(exercises.map((e) => [e.id, e.title]));

  const { audit } = input;
  const verdict = audit.verdict;
  const auditResult = verdict.ok
    ? fmt(s.audit.intact, { count: audit.total, seq: verdict.head.seq })
    : fmt(s.audit.broken, { seq: verdict.firstBrokenSeq, reason: fmt(s.audit.reasons[verdict.reason], { seq: verdict.firstBrokenSeq }) });
  const head = verdict.ok ? verdict.head : audit.storedHead;

  const counts = { met: 0, partial: 0, missing: 0 };
  for (const row of input.readiness) counts[row.status]++;

  const doneActions = actions.filter((a) => a.status === 'done').length;
  const model: EvidencePackModel = {
    document: 'evidence-pack',
    cover: {
      organisation: kit.frame.organisation,
      planVersion: kit.frame.planVersion,
      printedAt: kit.frame.printedAt,
      signOff: s.signOffStates[check.state],
      fingerprint: check.currentFingerprint,
      auditResult,
      auditHead: head.hash,
      auditHeadSeq: String(head.seq),
      readiness: fmt(s.cover.readinessCounts, counts),
    },
    readiness: input.readiness,
    signOff: {
      state: s.signOffStates[check.state],
      explain: s.signOffExplain[check.state],
      // The version in force against the plan as it is now; earlier versions against what they froze.
      approvals: versions
        .filter((v) => v.status === 'approved' || v.status === 'superseded')
        .flatMap((v) =>
          approvals
            .filter((a) => a.versionId === v.id)
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((approval) => {
              const verdict = v.id === approved?.id ? (check.approvals.find((c) => c.approval.id === approval.id)?.verdict ?? 'invalid') : verifyApproval(approval, v.fingerprint ?? '');
              return [
                String(v.number),
                `${approval.approverName}\n${approval.approverRole}`,
                approval.date,
                hexLines(approval.publicKey, 4),
                hexLines(approval.signature, 4),
                s.signOffStates[verdict],
              ];
            }),
        ),
      versions: versions.map((v) => [
        String(v.number),
        s.versionStatuses[v.status],
        v.submittedAt ? at(v.submittedAt) : '',
        v.approvedOn ?? '',
        v.nextReviewDue && v.status === 'approved' ? v.nextReviewDue : '',
        v.fingerprint ? hexLines(v.fingerprint, 8).split('\n')[0] + ' …' : s.common.notFrozen,
      ]),
      review:
        review.state === 'not-approved'
          ? s.review.notApproved
          : fmt(review.state === 'overdue' ? s.review.overdue : s.review.due, { date: review.nextReviewDue, days: Math.abs(review.daysUntilDue) }),
      changes: changeLines.slice(0, MAX_CHANGES),
      changesMore: changeLines.length > MAX_CHANGES ? fmt(s.signOff.changesMore, { count: changeLines.length - MAX_CHANGES }) : '',
    },
    bia: kit.model.bia,
    strategies: kit.model.strategies,
    schedule: kit.model.exercises,
    exercises: exercises.map((e) => exerciseReport(e, s, zone, processName)),
    actions: [...actions]
      .sort((a, b) => Number(a.status === 'done') - Number(b.status === 'done') || a.dueDate.localeCompare(b.dueDate))
      .map((a) => actionRow(a, s, today, exerciseTitle)),
    actionSummary: fmt(s.actions.summary, { total: actions.length, done: doneActions, open: actions.length - doneActions }),
    audit: {
      result: auditResult,
      total: fmt(s.audit.total, { count: audit.total }),
      headSeq: String(head.seq),
      headHash: head.hash,
      storedHead: fmt(s.audit.storedHead, { seq: audit.storedHead.seq }),
      excerptNote: fmt(s.audit.excerptNote, { shown: audit.excerpt.length, total: audit.total }),
      rows: [...audit.excerpt].reverse().map((e) => [
        String(e.seq),
        at(e.at),
        e.actor,
        `${s.auditActions[e.action]} ${(s.kinds as Record<string, string>)[e.entityKind] ?? e.entityKind}${e.entityLabel ? `: ${e.entityLabel}` : ''}`,
        [e.before ? `${e.before} →` : '', e.after ?? ''].filter(Boolean).join(' '),
        e.hash.slice(0, 16),
      ]),
    },
  };
  const title = s.title;
  return {
    frame: kit.frame,
    pdfStrings,
    strings: s,
    title,
    fileName: [fileSlug(kit.frame.organisation) || 'plan', 'evidence-pack', today].join('-'),
    model,
  };
}

function actionRow(a: ActionItem, s: EvidenceStrings, today: string, exerciseTitle: Map<string, string>): string[] {
  const state = actionItemState(a, today);
  const status = state === 'done' ? s.actionStates.done : state === 'overdue' ? s.actionStates.overdue : s.actionStatuses[a.status];
  return [
    `${a.title}${exerciseTitle.has(a.parentId) ? `\n${fmt(s.actions.from, { exercise: exerciseTitle.get(a.parentId) ?? '' })}` : ''}`,
    a.owner,
    a.dueDate,
    status,
    a.changeTicket,
    a.status === 'done' ? `${a.closedOn ?? ''}: ${a.closureEvidence}` : '',
  ];
}

function exerciseReport(e: Exercise, s: EvidenceStrings, zone: string, processName: Map<string, string>): ExerciseReport {
  const m = exerciseMetrics(e);
  const sorted = [...e.log].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const start = sorted.find((x) => x.kind === 'disruption') ?? sorted[0];
  const t0 = start ? Date.parse(start.at) : 0;
  const workflow = new Map(e.criticalWorkflows.map((w) => [w.id, w.name]));
  const minutes = (v: number | null) => (v === null ? s.exercise.notMeasured : formatMinutes(v));
  const processes = e.scope.processIds.map((id) => processName.get(id)).filter((n): n is string => n !== undefined);
  const window = e.scope.windowStart && e.scope.windowEnd ? fmt(s.exercise.window, { start: formatTimestamp(e.scope.windowStart, zone), end: formatTimestamp(e.scope.windowEnd, zone) }) : '';
  const present = e.attendance.filter((a) => a.present).length;
  return {
    id: e.id,
    title: e.title,
    facts: [
      [s.exercise.type, s.exerciseTypes[e.type]],
      [s.exercise.status, s.exerciseStatuses[e.status]],
      [s.exercise.heldOn, e.heldOn ?? e.scheduledFor ?? ''],
      [s.exercise.attendance, fmt(s.exercise.attendanceCount, { present, total: e.attendance.length })],
    ],
    scenario: e.scenario,
    objectives: e.objectives,
    scope: [s.environments[e.scope.environment], window, processes.length > 0 ? fmt(s.exercise.processes, { processes: processes.join(', ') }) : '', e.scope.notes]
      .filter(Boolean)
      .join('. '),
    criteria: m.criteria.map((c) => [c.text, s.criterionResults[c.result]]),
    attendance: e.attendance.map((a) => [a.name, a.role, a.present ? s.exercise.present : s.exercise.absent]),
    metrics: [
      [s.exercise.timeToDetect, minutes(m.timeToDetectMinutes)],
      [s.exercise.timeToRecover, minutes(m.timeToRecoverMinutes)],
      [
        s.exercise.workflows,
        m.workflowsValidatedPercent === null ? s.exercise.noWorkflows : fmt(s.exercise.workflowsValue, { percent: Math.round(m.workflowsValidatedPercent), validated: m.workflowsValidated, total: m.workflowsTotal }),
      ],
    ],
    outcome: s.outcomes[m.outcome],
    log: sorted.map((x) => {
      const delta = Math.floor((Date.parse(x.at) - t0) / 60_000);
      const text =
        x.kind === 'workflow-check'
          ? fmt(s.exercise.workflowCheck, { workflow: workflow.get(x.workflowId ?? '') ?? '', outcome: x.outcome === 'fail' ? s.exercise.fail : s.exercise.pass }) + (x.text ? ` — ${x.text}` : '')
          : x.text;
      return [formatTimestamp(x.at, zone), delta < 0 ? `T${delta}` : `T+${delta}`, s.logKinds[x.kind], text, x.by ?? ''];
    }),
    postMortem: e.postMortem,
    findings: e.findings.map((f) => f.text),
  };
}
