import { ASSET_KIND, assetSchema, isSecuritySystem } from '../../domain/asset';
import type { AuditEvent } from '../../domain/audit';
import { deriveBia } from '../../domain/bia/derive';
import { CONTACT_KIND, contactSchema } from '../../domain/contact';
import { DEPENDENCY_KIND, dependencySchema } from '../../domain/dependency';
import { summariseActionItems } from '../../domain/exercise/actionItem';
import { addCalendarMonths, type CalendarDate } from '../../domain/exercise/calendarDate';
import { LIVE_EXERCISE_TYPES, type Exercise } from '../../domain/exercise/exercise';
import { exerciseMetrics } from '../../domain/exercise/metrics';
import { exerciseSchedule } from '../../domain/exercise/schedule';
import { reviewStatus } from '../../domain/governance/annualReview';
import { currentApprovedVersion } from '../../domain/governance/planVersion';
import { checkSignOff, type SignOffCheck } from '../../domain/governance/signOff';
import { IMPACT_ASSESSMENT_KIND, impactAssessmentSchema } from '../../domain/impact';
import { OBJECTIVES_KIND, objectivesSchema } from '../../domain/objectives';
import type { ReadinessFacts } from '../../domain/readiness/facts';
import type { PlanRecord } from '../../domain/record';
import { RUNBOOK_KIND, runbookSchema, type Scenario } from '../../domain/runbook';
import { checkGaps, RECOVERY_STRATEGY_KIND, recoveryStrategySchema, type RecoveryStrategy } from '../../domain/strategy';
import { IMPACT_TOLERANCE_KIND, impactToleranceSchema } from '../../domain/tolerance';
import { TOP_FIVE_KIND, topFiveSelectionSchema } from '../../domain/topFive';
import { VENDOR_KIND, vendorSchema } from '../../domain/vendor';
import { governanceRecords, parseKind } from '../governance/planRecords';
import { lastAuditVerification } from '../audit/verificationNote';
import { lastKitPrint } from './printEvidence';

/** Runbooks answering a cybersecurity incident that threatens continuity (3-1-3). */
export const CYBER_INCIDENT_SCENARIOS: readonly Scenario[] = ['ransomware'];
/** Runbooks that restore systems or a site: disaster recovery plans (3-1-3). */
export const DISASTER_RECOVERY_SCENARIOS: readonly Scenario[] = ['primary-database-failure', 'site-loss', 'power-or-internet-loss'];

export interface ReadinessInput {
  records: readonly PlanRecord[];
  auditEvents: readonly AuditEvent[];
  today: CalendarDate;
}

export interface ReadinessContext {
  facts: ReadinessFacts;
  /** Computed on the way and useful to the views (the sign-off check is the costly part). */
  signOff: SignOffCheck;
}

/**
 * ReadinessFacts from the plan's own records, each count by the rule of its own domain module:
 * - critical processes are those in the BIA's top five;
 * - a process "has objectives" when its MTPD (suggested or overridden), RTO and RPO are all set;
 * - a strategy covers a process when it belongs to the process or to an asset the process needs;
 * - a cybersecurity system has continuity when a strategy belongs to it, or its redundancy or
 *   backup method is recorded;
 * - exercises count when completed with a held-on date within the last 12 months.
 */
export function readinessContext({ records, auditEvents, today }: ReadinessInput): ReadinessContext {
  const g = governanceRecords(records);
  const assets = parseKind(records, ASSET_KIND, assetSchema);
  const dependencies = parseKind(records, DEPENDENCY_KIND, dependencySchema);
  const objectives = parseKind(records, OBJECTIVES_KIND, objectivesSchema);
  const strategies = parseKind(records, RECOVERY_STRATEGY_KIND, recoveryStrategySchema);
  const runbooks = parseKind(records, RUNBOOK_KIND, runbookSchema);
  const topFive = parseKind(records, TOP_FIVE_KIND, topFiveSelectionSchema)[0];
  const tolerance = parseKind(records, IMPACT_TOLERANCE_KIND, impactToleranceSchema)[0];

  const bia = deriveBia({
    processes: g.processes,
    assessments: parseKind(records, IMPACT_ASSESSMENT_KIND, impactAssessmentSchema),
    objectives,
    assets,
    vendors: parseKind(records, VENDOR_KIND, vendorSchema),
    contacts: parseKind(records, CONTACT_KIND, contactSchema),
    dependencies,
    ...(tolerance ? { tolerance: tolerance.levels } : {}),
    ...(topFive ? { topFive } : {}),
  });

  const processIds = new Set(g.processes.map((p) => p.id));
  const critical = (topFive?.entries ?? []).map((e) => e.processId).filter((id) => processIds.has(id));
  const objectivesOf = new Map(objectives.map((o) => [o.parentId, o]));
  const withObjectives = g.processes.filter((p) => {
    const o = objectivesOf.get(p.id);
    return o?.rtoMinutes !== undefined && o.rpoMinutes !== undefined && bia.mtpdByProcess.get(p.id)?.minutes !== undefined;
  }).length;

  const neededAssets = new Map<string, Set<string>>();
  for (const d of dependencies) {
    if (d.targetType !== 'asset' || d.direction !== 'needs') continue;
    const set = neededAssets.get(d.parentId) ?? new Set<string>();
    set.add(d.targetId);
    neededAssets.set(d.parentId, set);
  }
  const assetIds = new Set(assets.map((a) => a.id));
  const strategiesFor = (processId: string): RecoveryStrategy[] => {
    const needs = neededAssets.get(processId) ?? new Set<string>();
    return strategies.filter((s) => s.parentId === processId || needs.has(s.parentId));
  };
  const covered = critical.filter((id) => strategiesFor(id).length > 0);
  const meeting = covered.filter((id) => {
    const o = objectivesOf.get(id);
    const targets = { ...(o?.rtoMinutes !== undefined ? { rtoMinutes: o.rtoMinutes } : {}), ...(o?.rpoMinutes !== undefined ? { rpoMinutes: o.rpoMinutes } : {}) };
    return checkGaps(targets, strategiesFor(id)).gaps.length === 0;
  });

  const securityAssets = assets.filter(isSecuritySystem);
  const strategyParents = new Set(strategies.map((s) => s.parentId));
  const securityWithContinuity = securityAssets.filter((a) => strategyParents.has(a.id) || a.redundancy !== '' || a.backupMethod !== '').length;

  const since = addCalendarMonths(today, -12);
  const recent: Exercise[] = g.exercises.filter((e) => e.status === 'completed' && e.heldOn !== undefined && e.heldOn >= since && e.heldOn <= today);
  const schedule = exerciseSchedule(g.cadences, g.exercises, today);
  const actionSummary = summariseActionItems(g.actions, today);

  const approved = currentApprovedVersion(g.versions);
  const signOff = checkSignOff(approved, g.approvals, records);
  const review = reviewStatus(approved, today);

  const verification = lastAuditVerification(auditEvents);
  const kitPrint = lastKitPrint(auditEvents);

  const facts: ReadinessFacts = {
    bia: {
      processes: g.processes.length,
      criticalProcesses: critical.length,
      withOwner: g.processes.filter((p) => p.owner.trim() !== '').length,
      withObjectives,
    },
    assets: {
      total: assets.length,
      criticalProcessesMapped: critical.filter((id) => [...(neededAssets.get(id) ?? [])].some((a) => assetIds.has(a))).length,
    },
    strategies: {
      total: strategies.length,
      criticalProcessesCovered: covered.length,
      criticalProcessesMeetingTargets: meeting.length,
      withCost: strategies.filter((s) => s.oneOffCost > 0 || s.yearlyCost > 0).length,
    },
    runbooks: {
      total: runbooks.length,
      criticalProcessesCovered: critical.filter((id) => runbooks.some((r) => r.parentId === id)).length,
      withActivationCriteria: runbooks.filter((r) => r.activationCriteria.length > 0).length,
      withRoles: runbooks.filter((r) => r.roles.length > 0).length,
      withCommunicationTemplates: runbooks.filter((r) => r.communications.length > 0).length,
      withEscalationContacts: runbooks.filter((r) => r.escalation.length > 0).length,
      cyberIncident: runbooks.filter((r) => CYBER_INCIDENT_SCENARIOS.includes(r.scenario)).length,
      disasterRecovery: runbooks.filter((r) => DISASTER_RECOVERY_SCENARIOS.includes(r.scenario)).length,
    },
    securitySystems: { total: securityAssets.length, withContinuity: securityWithContinuity },
    exercises: {
      completed: recent.length,
      liveTests: recent.filter((e) => LIVE_EXERCISE_TYPES.includes(e.type)).length,
      withPlan: recent.filter((e) => e.scenario.trim() !== '' && e.objectives.length > 0 && e.successCriteria.length > 0).length,
      withAttendance: recent.filter((e) => e.attendance.some((a) => a.present)).length,
      withResults: recent.filter((e) => exerciseMetrics(e).outcome !== 'not-assessed').length,
      withPostMortem: recent.filter((e) => e.postMortem.trim() !== '').length,
      scheduleOverdue: schedule.filter((s) => s.state === 'overdue').length,
    },
    actions: {
      total: actionSummary.total,
      done: actionSummary.done,
      doneWithChangeTicket: actionSummary.doneWithChangeTicket,
      overdue: actionSummary.overdue,
    },
    signOff: { state: signOff.state, inReview: g.versions.some((v) => v.status === 'in-review') },
    review: review.state === 'not-approved' ? { state: 'not-approved' } : { state: review.state, daysUntilDue: review.daysUntilDue },
    auditTrail: {
      events: auditEvents.length,
      verification: verification?.state ?? 'never',
      ...(verification?.state === 'broken' ? { firstBrokenSeq: verification.firstBrokenSeq } : {}),
    },
    offlineCopy: {
      printed: kitPrint !== undefined,
      printedIsCurrent:
        kitPrint !== undefined && signOff.state === 'valid' && approved?.approvedAt !== undefined && Date.parse(kitPrint.at) >= Date.parse(approved.approvedAt),
    },
  };
  return { facts, signOff };
}
