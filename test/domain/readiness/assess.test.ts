import { describe, expect, it } from 'vitest';
import {
  READINESS_ROUTES,
  assessReadiness,
  evaluateRule,
  type ReadinessFacts,
  type ReadinessItem,
  type ReadinessRule,
} from '../../../renderer/src/domain/readiness';

/** A small business that has done everything the seed asks. */
const ready: ReadinessFacts = {
  bia: { processes: 7, criticalProcesses: 5, withOwner: 7, withObjectives: 7 },
  assets: { total: 14, criticalProcessesMapped: 5 },
  strategies: { total: 8, criticalProcessesCovered: 5, criticalProcessesMeetingTargets: 5, withCost: 8 },
  runbooks: {
    total: 6,
    criticalProcessesCovered: 5,
    withActivationCriteria: 6,
    withRoles: 6,
    withCommunicationTemplates: 6,
    withEscalationContacts: 6,
    cyberIncident: 1,
    disasterRecovery: 3,
  },
  securitySystems: { total: 4, withContinuity: 4 },
  exercises: { completed: 5, liveTests: 1, withPlan: 5, withAttendance: 5, withResults: 5, withPostMortem: 5, scheduleOverdue: 0 },
  actions: { total: 6, done: 5, doneWithChangeTicket: 5, overdue: 0 },
  signOff: { state: 'valid', inReview: false },
  review: { state: 'current', daysUntilDue: 200 },
  auditTrail: { events: 1520, verification: 'intact' },
  offlineCopy: { printed: true, printedIsCurrent: true },
};

/** An unlocked vault with nothing in it yet. */
const empty: ReadinessFacts = {
  bia: { processes: 0, criticalProcesses: 0, withOwner: 0, withObjectives: 0 },
  assets: { total: 0, criticalProcessesMapped: 0 },
  strategies: { total: 0, criticalProcessesCovered: 0, criticalProcessesMeetingTargets: 0, withCost: 0 },
  runbooks: { total: 0, criticalProcessesCovered: 0, withActivationCriteria: 0, withRoles: 0, withCommunicationTemplates: 0, withEscalationContacts: 0, cyberIncident: 0, disasterRecovery: 0 },
  securitySystems: { total: 0, withContinuity: 0 },
  exercises: { completed: 0, liveTests: 0, withPlan: 0, withAttendance: 0, withResults: 0, withPostMortem: 0, scheduleOverdue: 0 },
  actions: { total: 0, done: 0, doneWithChangeTicket: 0, overdue: 0 },
  signOff: { state: 'not-approved', inReview: false },
  review: { state: 'not-approved' },
  auditTrail: { events: 0, verification: 'never' },
  offlineCopy: { printed: false, printedIsCurrent: false },
};

type Patch = { [K in keyof ReadinessFacts]?: Partial<ReadinessFacts[K]> };

function patch(base: ReadinessFacts, changes: Patch): ReadinessFacts {
  const out = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
  for (const [section, fields] of Object.entries(changes)) out[section] = { ...out[section], ...fields };
  return out as unknown as ReadinessFacts;
}

function item(facts: ReadinessFacts, id: string): ReadinessItem {
  const found = assessReadiness(facts).items.find((i) => i.id === id);
  if (!found) throw new Error(`no readiness item ${id}`);
  return found;
}

describe('assessReadiness', () => {
  it('lists the four requirements, then the seed’s evidence items', () => {
    expect(assessReadiness(ready).items.map((i) => i.id)).toEqual([
      'ecc-3-1-1',
      'ecc-3-1-2',
      'ecc-3-1-3',
      'ecc-3-1-4',
      'evidence-bia',
      'evidence-assets',
      'evidence-strategies',
      'evidence-runbooks',
      'evidence-tests',
      'evidence-actions',
      'evidence-approval',
      'evidence-annual-review',
      'evidence-audit-trail',
      'evidence-offline-copy',
    ]);
  });

  it('marks everything met for a plan that has it all', () => {
    const report = assessReadiness(ready);
    expect(report.items.filter((i) => i.status !== 'met')).toEqual([]);
    expect(report).toMatchObject({ ready: true, counts: { met: 14, partial: 0, missing: 0 } });
  });

  it('marks an empty plan missing everywhere, each with somewhere to start', () => {
    const report = assessReadiness(empty);
    expect(report.items.map((i) => [i.id, i.status, i.fix])).toEqual([
      ['ecc-3-1-1', 'missing', 'bia'],
      ['ecc-3-1-2', 'missing', 'strategies'],
      ['ecc-3-1-3', 'missing', 'runbooks'],
      ['ecc-3-1-4', 'missing', 'governance/sign-off'],
      ['evidence-bia', 'missing', 'bia'],
      ['evidence-assets', 'missing', 'assets'],
      ['evidence-strategies', 'missing', 'strategies'],
      ['evidence-runbooks', 'missing', 'runbooks'],
      ['evidence-tests', 'missing', 'exercises'],
      ['evidence-actions', 'missing', 'exercises'],
      ['evidence-approval', 'missing', 'governance/sign-off'],
      ['evidence-annual-review', 'missing', 'governance/sign-off'],
      ['evidence-audit-trail', 'missing', 'audit'],
      ['evidence-offline-copy', 'missing', 'print/kit'],
    ]);
    expect(report.ready).toBe(false);
  });

  it('only ever links to known routes and gives a reason for every item', () => {
    for (const facts of [ready, empty]) {
      for (const i of assessReadiness(facts).items) {
        expect(READINESS_ROUTES).toContain(i.fix);
        expect(i.reason).toMatch(/^[A-Z0-9].*\.$/);
      }
    }
  });
});

describe('readiness rules', () => {
  it.each<[string, Patch, string, ReadinessItem['status'], string, string, string?]>([
    // 3-1-1 identified, documented, approved
    ['objectives missing for a process', { bia: { withObjectives: 6 } }, 'ecc-3-1-1', 'partial', 'req311.objectives', 'bia', 'Recovery objectives are not set for 1 process.'],
    ['no runbooks yet', { runbooks: { total: 0 } }, 'ecc-3-1-1', 'partial', 'req311.not-documented', 'runbooks'],
    ['plan changed since approval', { signOff: { state: 'changed-since-approval' } }, 'ecc-3-1-1', 'partial', 'req311.not-approved', 'governance/sign-off', 'The plan changed since it was approved.'],
    ['a signature that does not verify', { signOff: { state: 'invalid' } }, 'ecc-3-1-1', 'partial', 'req311.not-approved', 'governance/sign-off', 'The approval’s signature does not verify.'],
    // 3-1-2 implemented
    ['no strategy for any critical process', { strategies: { criticalProcessesCovered: 0, criticalProcessesMeetingTargets: 0 } }, 'ecc-3-1-2', 'missing', 'req312.no-strategies', 'strategies'],
    ['a critical process without strategy', { strategies: { criticalProcessesCovered: 4, criticalProcessesMeetingTargets: 4 } }, 'ecc-3-1-2', 'partial', 'req312.uncovered', 'strategies'],
    ['a strategy missing its target', { strategies: { criticalProcessesMeetingTargets: 3 } }, 'ecc-3-1-2', 'partial', 'req312.gaps', 'strategies', 'What is in place cannot meet the targets of 2 critical processes.'],
    ['no live test this year', { exercises: { liveTests: 0 } }, 'ecc-3-1-2', 'partial', 'req312.no-live-test', 'exercises/schedule'],
    // 3-1-3 cyber systems, incident response, disaster recovery
    ['none of the three', { runbooks: { cyberIncident: 0, disasterRecovery: 0 }, securitySystems: { withContinuity: 0 } }, 'ecc-3-1-3', 'missing', 'req313.none', 'runbooks'],
    ['no security systems listed', { securitySystems: { total: 0, withContinuity: 0 } }, 'ecc-3-1-3', 'partial', 'req313.no-security-systems', 'assets'],
    ['a security system without continuity', { securitySystems: { withContinuity: 3 } }, 'ecc-3-1-3', 'partial', 'req313.security-continuity', 'strategies', 'No continuity arrangement for 1 of 4 cybersecurity systems.'],
    ['no ransomware runbook', { runbooks: { cyberIncident: 0 } }, 'ecc-3-1-3', 'partial', 'req313.no-cyber-plan', 'runbooks'],
    ['no disaster recovery runbook', { runbooks: { disasterRecovery: 0 } }, 'ecc-3-1-3', 'partial', 'req313.no-dr-plan', 'runbooks'],
    // 3-1-4 reviewed periodically
    ['review overdue', { review: { state: 'overdue', daysUntilDue: -3 } }, 'ecc-3-1-4', 'missing', 'req314.overdue', 'governance/review'],
    ['review due soon is still met', { review: { state: 'due-soon', daysUntilDue: 12 } }, 'ecc-3-1-4', 'met', 'req314.met', 'governance/review'],
    ['an exercise overdue', { exercises: { scheduleOverdue: 1 } }, 'ecc-3-1-4', 'partial', 'req314.exercises-overdue', 'exercises/schedule', '1 scheduled exercise is overdue.'],
    // BIA
    ['processes without owner', { bia: { withOwner: 5 } }, 'evidence-bia', 'partial', 'bia.owners', 'bia', 'No owner for 2 of 7 processes.'],
    ['objectives not signed', { signOff: { state: 'not-approved' } }, 'evidence-bia', 'partial', 'bia.unsigned', 'governance/sign-off'],
    ['no process ranked critical', { bia: { criticalProcesses: 0 } }, 'evidence-bia', 'partial', 'bia.none-critical', 'bia'],
    // assets
    ['empty inventory', { assets: { total: 0, criticalProcessesMapped: 0 } }, 'evidence-assets', 'missing', 'assets.none', 'assets'],
    ['a critical process not mapped', { assets: { criticalProcessesMapped: 4 } }, 'evidence-assets', 'partial', 'assets.unmapped', 'assets', 'No assets mapped for 1 of 5 critical processes.'],
    // strategies
    ['a strategy without cost', { strategies: { withCost: 7 } }, 'evidence-strategies', 'partial', 'strategies.cost', 'strategies', 'No cost recorded for 1 of 8 strategies.'],
    ['no strategies', { strategies: { total: 0, withCost: 0, criticalProcessesCovered: 0, criticalProcessesMeetingTargets: 0 } }, 'evidence-strategies', 'missing', 'strategies.none', 'strategies'],
    // runbooks
    ['a runbook without activation criteria', { runbooks: { withActivationCriteria: 5 } }, 'evidence-runbooks', 'partial', 'runbooks.activation', 'runbooks', 'No activation criteria in 1 of 6 runbooks.'],
    ['runbooks without roles', { runbooks: { withRoles: 4 } }, 'evidence-runbooks', 'partial', 'runbooks.roles', 'runbooks'],
    ['runbooks without communication templates', { runbooks: { withCommunicationTemplates: 0 } }, 'evidence-runbooks', 'partial', 'runbooks.communication', 'runbooks'],
    ['runbooks without escalation contacts', { runbooks: { withEscalationContacts: 2 } }, 'evidence-runbooks', 'partial', 'runbooks.escalation', 'runbooks'],
    ['a critical process without runbook', { runbooks: { criticalProcessesCovered: 3 } }, 'evidence-runbooks', 'partial', 'runbooks.uncovered', 'runbooks', 'No runbook for 2 of 5 critical processes.'],
    // tests
    ['an exercise without attendance list', { exercises: { withAttendance: 4 } }, 'evidence-tests', 'partial', 'tests.attendance', 'exercises', 'No attendance list for 1 of 5 exercises.'],
    ['an exercise without result', { exercises: { withResults: 4 } }, 'evidence-tests', 'partial', 'tests.results', 'exercises'],
    ['an exercise without post-mortem', { exercises: { withPostMortem: 0 } }, 'evidence-tests', 'partial', 'tests.post-mortem', 'exercises'],
    ['an exercise without test plan', { exercises: { withPlan: 1 } }, 'evidence-tests', 'partial', 'tests.plan', 'exercises', 'No test plan (scenario, objectives, success criteria) for 4 of 5 exercises.'],
    ['no exercise this year', { exercises: { completed: 0, liveTests: 0, withPlan: 0, withAttendance: 0, withResults: 0, withPostMortem: 0 } }, 'evidence-tests', 'missing', 'tests.none', 'exercises'],
    // actions
    ['one overdue action', { actions: { overdue: 1 } }, 'evidence-actions', 'partial', 'actions.overdue', 'actions', '1 action item is overdue.'],
    ['two overdue actions', { actions: { overdue: 2 } }, 'evidence-actions', 'partial', 'actions.overdue', 'actions', '2 action items are overdue.'],
    ['a closed action without change ticket', { actions: { doneWithChangeTicket: 4 } }, 'evidence-actions', 'partial', 'actions.tickets', 'actions', 'No change ticket for 1 of 5 closed actions.'],
    ['actions raised, none closed', { actions: { done: 0, doneWithChangeTicket: 0 } }, 'evidence-actions', 'partial', 'actions.none-closed', 'actions'],
    ['exercises held, no actions raised', { actions: { total: 0, done: 0, doneWithChangeTicket: 0 } }, 'evidence-actions', 'met', 'actions.met-none-raised', 'actions'],
    // approval
    ['approval invalid', { signOff: { state: 'invalid' } }, 'evidence-approval', 'missing', 'approval.invalid', 'governance/sign-off'],
    ['in review, not yet signed', { signOff: { state: 'not-approved', inReview: true } }, 'evidence-approval', 'missing', 'approval.in-review', 'governance/sign-off'],
    ['changed since approval', { signOff: { state: 'changed-since-approval' } }, 'evidence-approval', 'partial', 'approval.changed', 'governance/sign-off'],
    // annual review
    ['review overdue by days', { review: { state: 'overdue', daysUntilDue: -40 } }, 'evidence-annual-review', 'missing', 'review.overdue', 'governance/review', 'The annual review is overdue by 40 days.'],
    ['review due soon', { review: { state: 'due-soon', daysUntilDue: 1 } }, 'evidence-annual-review', 'met', 'review.due-soon', 'governance/review', 'Reviewed within the year; the next review is due in 1 day.'],
    // audit trail
    ['audit trail broken', { auditTrail: { verification: 'broken', firstBrokenSeq: 812 } }, 'evidence-audit-trail', 'missing', 'audit.broken', 'audit', 'The audit trail is broken at event 812.'],
    ['audit trail never verified', { auditTrail: { verification: 'never' } }, 'evidence-audit-trail', 'partial', 'audit.unverified', 'audit'],
    // offline copy
    ['never printed', { offlineCopy: { printed: false, printedIsCurrent: false } }, 'evidence-offline-copy', 'missing', 'offline.none', 'print/kit'],
    ['printed copy out of date', { offlineCopy: { printedIsCurrent: false } }, 'evidence-offline-copy', 'partial', 'offline.stale', 'print/kit'],
  ])('%s', (_name, changes, id, status, reasonCode, fix, reason) => {
    const result = item(patch(ready, changes), id);
    expect({ status: result.status, reasonCode: result.reasonCode, fix: result.fix }).toEqual({ status, reasonCode, fix });
    if (reason) expect(result.reason).toBe(reason);
  });

  it('gives the first problem in the rule’s order when several have the same weight', () => {
    const result = item(patch(ready, { bia: { withOwner: 3, withObjectives: 2 }, signOff: { state: 'invalid' } }), 'evidence-bia');
    expect(result).toMatchObject({ status: 'partial', reasonCode: 'bia.owners' });
    expect(item(patch(ready, { auditTrail: { events: 0, verification: 'never' } }), 'evidence-audit-trail')).toMatchObject({ status: 'missing', reasonCode: 'audit.empty' });
  });

  it('lets a missing foundation outweigh an earlier partial problem', () => {
    const rule: ReadinessRule = {
      id: 'x',
      group: 'evidence',
      title: 'X',
      problems: [
        { when: true, severity: 'partial', code: 'x.partial', fix: 'bia', reason: 'Partly.' },
        { when: false, severity: 'missing', code: 'x.unused', fix: 'assets', reason: 'Unused.' },
        { when: true, severity: 'missing', code: 'x.missing', fix: 'runbooks', reason: 'Missing.' },
      ],
      met: { code: 'x.met', fix: 'audit', reason: 'Fine.' },
    };
    expect(evaluateRule(rule)).toMatchObject({ status: 'missing', reasonCode: 'x.missing', fix: 'runbooks', reason: 'Missing.' });
    expect(evaluateRule({ ...rule, problems: [] })).toMatchObject({ status: 'met', reasonCode: 'x.met', fix: 'audit', params: {} });
  });

  it('carries numbers for a message catalogue', () => {
    expect(item(patch(ready, { strategies: { withCost: 5 } }), 'evidence-strategies').params).toEqual({ missing: 3, total: 8 });
  });
});
