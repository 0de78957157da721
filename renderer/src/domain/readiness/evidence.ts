import type { ReadinessFacts } from './facts';
import { count, type ReadinessRule } from './readinessItem';

/**
 * The evidence the seed tells a small business to keep for the auditor, one rule each, in the
 * seed's order. Each problem is phrased as what is missing and links to where to add it.
 */
export function evidenceRules(f: ReadinessFacts): ReadinessRule[] {
  const { bia, assets, strategies, runbooks, exercises, actions, signOff, review, auditTrail, offlineCopy } = f;
  const unsigned = signOff.state !== 'valid';
  return [
    {
      id: 'evidence-bia',
      group: 'evidence',
      title: 'Business impact analysis with owners and signed MTPD, RTO and RPO',
      problems: [
        { when: bia.processes === 0, severity: 'missing', code: 'bia.none', fix: 'bia', reason: 'No business processes have been analysed yet.' },
        { when: bia.criticalProcesses === 0, severity: 'partial', code: 'bia.none-critical', fix: 'bia', reason: 'No process is ranked as critical yet.' },
        {
          when: bia.withOwner < bia.processes,
          severity: 'partial',
          code: 'bia.owners',
          fix: 'bia',
          params: { missing: bia.processes - bia.withOwner, total: bia.processes },
          reason: `No owner for ${bia.processes - bia.withOwner} of ${count(bia.processes, 'process', 'processes')}.`,
        },
        {
          when: bia.withObjectives < bia.processes,
          severity: 'partial',
          code: 'bia.objectives',
          fix: 'bia',
          params: { missing: bia.processes - bia.withObjectives, total: bia.processes },
          reason: `MTPD, RTO or RPO not set for ${bia.processes - bia.withObjectives} of ${count(bia.processes, 'process', 'processes')}.`,
        },
        { when: unsigned, severity: 'partial', code: 'bia.unsigned', fix: 'governance/sign-off', reason: 'The objectives are not signed off by management: approve the plan.' },
      ],
      met: { code: 'bia.met', fix: 'bia', params: { total: bia.processes }, reason: `${count(bia.processes, 'process', 'processes')}, each with an owner and signed MTPD, RTO and RPO.` },
    },
    {
      id: 'evidence-assets',
      group: 'evidence',
      title: 'Asset inventory',
      problems: [
        { when: assets.total === 0, severity: 'missing', code: 'assets.none', fix: 'assets', reason: 'The asset inventory is empty.' },
        {
          when: assets.criticalProcessesMapped < bia.criticalProcesses,
          severity: 'partial',
          code: 'assets.unmapped',
          fix: 'assets',
          params: { missing: bia.criticalProcesses - assets.criticalProcessesMapped, total: bia.criticalProcesses },
          reason: `No assets mapped for ${bia.criticalProcesses - assets.criticalProcessesMapped} of ${count(bia.criticalProcesses, 'critical process', 'critical processes')}.`,
        },
      ],
      met: { code: 'assets.met', fix: 'assets', params: { total: assets.total }, reason: `${count(assets.total, 'asset', 'assets')}, every critical process mapped to its infrastructure.` },
    },
    {
      id: 'evidence-strategies',
      group: 'evidence',
      title: 'Recovery strategies tied to RTO/RPO targets, with cost',
      problems: [
        { when: strategies.total === 0, severity: 'missing', code: 'strategies.none', fix: 'strategies', reason: 'No recovery strategy has been chosen yet.' },
        {
          when: strategies.criticalProcessesCovered < bia.criticalProcesses,
          severity: 'partial',
          code: 'strategies.uncovered',
          fix: 'strategies',
          params: { missing: bia.criticalProcesses - strategies.criticalProcessesCovered, total: bia.criticalProcesses },
          reason: `No recovery strategy for ${bia.criticalProcesses - strategies.criticalProcessesCovered} of ${count(bia.criticalProcesses, 'critical process', 'critical processes')}.`,
        },
        {
          when: strategies.criticalProcessesMeetingTargets < strategies.criticalProcessesCovered,
          severity: 'partial',
          code: 'strategies.gaps',
          fix: 'strategies',
          params: { missing: strategies.criticalProcessesCovered - strategies.criticalProcessesMeetingTargets },
          reason: `The strategies of ${count(strategies.criticalProcessesCovered - strategies.criticalProcessesMeetingTargets, 'critical process', 'critical processes')} cannot meet the RTO or RPO target.`,
        },
        {
          when: strategies.withCost < strategies.total,
          severity: 'partial',
          code: 'strategies.cost',
          fix: 'strategies',
          params: { missing: strategies.total - strategies.withCost, total: strategies.total },
          reason: `No cost recorded for ${strategies.total - strategies.withCost} of ${count(strategies.total, 'strategy', 'strategies')}.`,
        },
      ],
      met: { code: 'strategies.met', fix: 'strategies', params: { total: strategies.total }, reason: 'Every critical process has costed strategies that meet its targets.' },
    },
    {
      id: 'evidence-runbooks',
      group: 'evidence',
      title: 'Runbooks with activation criteria, roles, communication templates and escalation contacts',
      problems: [
        { when: runbooks.total === 0, severity: 'missing', code: 'runbooks.none', fix: 'runbooks', reason: 'No runbook has been written yet.' },
        {
          when: runbooks.criticalProcessesCovered < bia.criticalProcesses,
          severity: 'partial',
          code: 'runbooks.uncovered',
          fix: 'runbooks',
          params: { missing: bia.criticalProcesses - runbooks.criticalProcessesCovered, total: bia.criticalProcesses },
          reason: `No runbook for ${bia.criticalProcesses - runbooks.criticalProcessesCovered} of ${count(bia.criticalProcesses, 'critical process', 'critical processes')}.`,
        },
        ...(
          [
            ['withActivationCriteria', 'activation criteria', 'runbooks.activation'],
            ['withRoles', 'roles', 'runbooks.roles'],
            ['withCommunicationTemplates', 'communication templates', 'runbooks.communication'],
            ['withEscalationContacts', 'escalation contacts', 'runbooks.escalation'],
          ] as const
        ).map(([field, what, code]) => ({
          when: runbooks[field] < runbooks.total,
          severity: 'partial' as const,
          code,
          fix: 'runbooks' as const,
          params: { missing: runbooks.total - runbooks[field], total: runbooks.total },
          reason: `No ${what} in ${runbooks.total - runbooks[field]} of ${count(runbooks.total, 'runbook', 'runbooks')}.`,
        })),
      ],
      met: { code: 'runbooks.met', fix: 'runbooks', params: { total: runbooks.total }, reason: `${count(runbooks.total, 'runbook', 'runbooks')}, each complete.` },
    },
    {
      id: 'evidence-tests',
      group: 'evidence',
      title: 'Tests with plans, attendance lists, results and post-mortems',
      problems: [
        { when: exercises.completed === 0, severity: 'missing', code: 'tests.none', fix: 'exercises', reason: 'No exercise was held in the last 12 months.' },
        ...(
          [
            ['withPlan', 'test plan (scenario, objectives, success criteria)', 'tests.plan'],
            ['withAttendance', 'attendance list', 'tests.attendance'],
            ['withResults', 'pass or fail result', 'tests.results'],
            ['withPostMortem', 'post-mortem', 'tests.post-mortem'],
          ] as const
        ).map(([field, what, code]) => ({
          when: exercises[field] < exercises.completed,
          severity: 'partial' as const,
          code,
          fix: 'exercises' as const,
          params: { missing: exercises.completed - exercises[field], total: exercises.completed },
          reason: `No ${what} for ${exercises.completed - exercises[field]} of ${count(exercises.completed, 'exercise', 'exercises')}.`,
        })),
        { when: exercises.liveTests === 0, severity: 'partial', code: 'tests.no-live', fix: 'exercises/schedule', reason: 'No live recovery test in the last 12 months.' },
        {
          when: exercises.scheduleOverdue > 0,
          severity: 'partial',
          code: 'tests.overdue',
          fix: 'exercises/schedule',
          params: { overdue: exercises.scheduleOverdue },
          reason: `${count(exercises.scheduleOverdue, 'scheduled exercise is', 'scheduled exercises are')} overdue.`,
        },
      ],
      met: { code: 'tests.met', fix: 'exercises', params: { total: exercises.completed }, reason: `${count(exercises.completed, 'exercise', 'exercises')} in the last 12 months, fully recorded.` },
    },
    {
      id: 'evidence-actions',
      group: 'evidence',
      title: 'Corrective actions closed, with change tickets',
      problems: [
        { when: actions.total === 0 && exercises.completed === 0, severity: 'missing', code: 'actions.no-tests', fix: 'exercises', reason: 'No exercise has produced findings yet.' },
        {
          when: actions.overdue > 0,
          severity: 'partial',
          code: 'actions.overdue',
          fix: 'actions',
          params: { overdue: actions.overdue },
          reason: `${count(actions.overdue, 'action item is', 'action items are')} overdue.`,
        },
        { when: actions.total > 0 && actions.done === 0, severity: 'partial', code: 'actions.none-closed', fix: 'actions', params: { total: actions.total }, reason: `None of the ${count(actions.total, 'action item', 'action items')} is closed yet.` },
        {
          when: actions.doneWithChangeTicket < actions.done,
          severity: 'partial',
          code: 'actions.tickets',
          fix: 'actions',
          params: { missing: actions.done - actions.doneWithChangeTicket, total: actions.done },
          reason: `No change ticket for ${actions.done - actions.doneWithChangeTicket} of ${count(actions.done, 'closed action', 'closed actions')}.`,
        },
      ],
      met:
        actions.total === 0
          ? { code: 'actions.met-none-raised', fix: 'actions', reason: 'The exercises raised no corrective actions.' }
          : {
              code: 'actions.met',
              fix: 'actions',
              params: { done: actions.done, open: actions.total - actions.done },
              reason: `${count(actions.done, 'action', 'actions')} closed with evidence and change tickets; ${actions.total - actions.done} open and on time.`,
            },
    },
    {
      id: 'evidence-approval',
      group: 'evidence',
      title: 'Management approval',
      problems: [
        { when: signOff.state === 'invalid', severity: 'missing', code: 'approval.invalid', fix: 'governance/sign-off', reason: 'A signature on the approved plan does not verify.' },
        {
          when: signOff.state === 'not-approved',
          severity: 'missing',
          code: signOff.inReview ? 'approval.in-review' : 'approval.none',
          fix: 'governance/sign-off',
          reason: signOff.inReview ? 'The plan is in review and not signed yet.' : 'The plan has not been approved by management.',
        },
        { when: signOff.state === 'changed-since-approval', severity: 'partial', code: 'approval.changed', fix: 'governance/sign-off', reason: 'The plan changed since it was approved: submit it for approval again.' },
      ],
      met: { code: 'approval.met', fix: 'governance/sign-off', reason: 'Signed by management; the signatures verify against the plan as it is.' },
    },
    {
      id: 'evidence-annual-review',
      group: 'evidence',
      title: 'Annual plan review',
      problems: [
        { when: review.state === 'not-approved', severity: 'missing', code: 'review.none', fix: 'governance/sign-off', reason: 'No review date yet: it is set when the plan is approved.' },
        {
          when: review.state === 'overdue',
          severity: 'missing',
          code: 'review.overdue',
          fix: 'governance/review',
          params: { days: -(review.daysUntilDue ?? 0) },
          reason: `The annual review is overdue by ${count(-(review.daysUntilDue ?? 0), 'day', 'days')}.`,
        },
      ],
      met:
        review.state === 'due-soon'
          ? { code: 'review.due-soon', fix: 'governance/review', params: { days: review.daysUntilDue ?? 0 }, reason: `Reviewed within the year; the next review is due in ${count(review.daysUntilDue ?? 0, 'day', 'days')}.` }
          : { code: 'review.met', fix: 'governance/review', reason: 'Reviewed and approved within the last 12 months.' },
    },
    {
      id: 'evidence-audit-trail',
      group: 'evidence',
      title: 'Audit trail of changes',
      problems: [
        { when: auditTrail.events === 0, severity: 'missing', code: 'audit.empty', fix: 'audit', reason: 'The audit trail is empty.' },
        {
          when: auditTrail.verification === 'broken',
          severity: 'missing',
          code: 'audit.broken',
          fix: 'audit',
          params: { seq: auditTrail.firstBrokenSeq ?? 0 },
          reason: `The audit trail is broken at event ${auditTrail.firstBrokenSeq ?? '?'}.`,
        },
        { when: auditTrail.verification === 'never', severity: 'partial', code: 'audit.unverified', fix: 'audit', reason: 'The audit trail has not been verified yet.' },
      ],
      met: { code: 'audit.met', fix: 'audit', params: { events: auditTrail.events }, reason: `${count(auditTrail.events, 'event', 'events')}, hash chain verified intact.` },
    },
    {
      id: 'evidence-offline-copy',
      group: 'evidence',
      title: 'Offline printed copy of the plan',
      problems: [
        { when: !offlineCopy.printed, severity: 'missing', code: 'offline.none', fix: 'print/kit', reason: 'The plan has not been printed for the locked safe.' },
        { when: offlineCopy.printed && !offlineCopy.printedIsCurrent, severity: 'partial', code: 'offline.stale', fix: 'print/kit', reason: 'The printed copy is not of the approved plan as it is now: print it again.' },
      ],
      met: { code: 'offline.met', fix: 'print/kit', reason: 'A printed copy of the approved plan exists.' },
    },
  ];
}
