import type { z } from 'zod';
import { assetSchema, ASSET_KIND, type Asset } from '../domain/asset';
import { biaSummary } from '../domain/bia/summary';
import { deriveBia, type BiaDerived } from '../domain/bia/derive';
import { describeWarning } from '../domain/bia/describeWarning';
import { contactSchema, CONTACT_KIND, type Contact } from '../domain/contact';
import { dependencySchema, DEPENDENCY_KIND, type Dependency } from '../domain/dependency';
import { formatMinutes } from '../domain/duration';
import { exerciseCadenceSchema, EXERCISE_CADENCE_KIND, type ExerciseCadence } from '../domain/exercise/cadence';
import { todayIn } from '../domain/exercise/calendarDate';
import { exerciseSchema, EXERCISE_KIND, type Exercise } from '../domain/exercise/exercise';
import { exerciseSchedule } from '../domain/exercise/schedule';
import { approvalSchema, APPROVAL_KIND, type Approval } from '../domain/governance/approval';
import { currentApprovedVersion, planVersionSchema, PLAN_VERSION_KIND, type PlanVersion } from '../domain/governance/planVersion';
import { checkSignOff } from '../domain/governance/signOff';
import { impactAssessmentSchema, IMPACT_ASSESSMENT_KIND, type ImpactAssessment } from '../domain/impact';
import { incidentSchema, INCIDENT_KIND, type Incident } from '../domain/incident/incident';
import { incidentReport } from '../domain/incident/report';
import { describeTimelineEntry } from '../domain/incident/timeline';
import { objectivesSchema, OBJECTIVES_KIND, type Objectives } from '../domain/objectives';
import { organisationSchema, ORGANISATION_KIND, type Organisation } from '../domain/organisation';
import { processSchema, PROCESS_KIND, type Process } from '../domain/process';
import type { PlanRecord } from '../domain/record';
import { checkDurationAgainstRto } from '../domain/runbook/rtoCheck';
import { fillPlaceholders, type PlaceholderContext } from '../domain/runbook/placeholder';
import { runbookSchema, RUNBOOK_KIND, type Runbook } from '../domain/runbook/runbook';
import { scenarioLabel } from '../domain/runbook/scenario';
import { scheduleSteps } from '../domain/runbook/schedule';
import { formatTimestamp } from '../domain/runbook/timestamp';
import { costSummary } from '../domain/strategy/cost';
import { describeTechnique } from '../domain/strategy/describe';
import { gapMessage } from '../domain/strategy/gapMessage';
import { recoveryStrategySchema, RECOVERY_STRATEGY_KIND, type RecoveryStrategy } from '../domain/strategy/recoveryStrategy';
import { impactToleranceSchema, IMPACT_TOLERANCE_KIND, type ImpactTolerance } from '../domain/tolerance';
import { topFiveSelectionSchema, TOP_FIVE_KIND, type TopFiveSelection } from '../domain/topFive';
import { vendorSchema, VENDOR_KIND, type Vendor } from '../domain/vendor';
import type {
  BiaModel,
  ContactRow,
  CoverModel,
  DocumentModel,
  EscalationRow,
  ExerciseRow,
  FrameInfo,
  IncidentTimelineModel,
  PaperSize,
  PdfStrings,
  PrintJob,
  RunbookModel,
  StepModel,
  StrategiesModel,
  VendorRow,
} from './model';
import { fileSlug, fmt, formatMoney } from './text';

/** What the user asked to print. Records travel separately (all of the plan's records). */
export type PrintRequest =
  | { document: 'kit' }
  | { document: 'contact-sheet' }
  | { document: 'bia-summary' }
  | { document: 'runbook'; runbookId: string }
  | { document: 'incident-timeline'; incidentId: string }
  | { document: 'emergency-sheet'; recoveryKey: string };

export interface PrintOptions {
  paper: PaperSize;
  /** The moment printed in the header; also "today" for the exercise schedule. */
  now: Date;
  /** IANA zone for printed times; UTC by default so the same plan prints the same. */
  timeZone?: string;
  strings: PdfStrings;
  /** For numbers (costs); 'en' by default. */
  locale?: string;
}

export type PrintErrorCode = 'no-organisation' | 'not-found' | 'incident-open' | 'no-key';

/** A request that cannot be printed; `code` has a message under `print.failure`. */
export class PrintError extends Error {
  constructor(readonly code: PrintErrorCode) {
    super(`Cannot print: ${code}`);
    this.name = 'PrintError';
  }
}

/** The plan's records by kind, validated; a record that does not parse is left out of the paper. */
export interface PlanSnapshot {
  organisation: Organisation | undefined;
  processes: Process[];
  assessments: ImpactAssessment[];
  objectives: Objectives[];
  assets: Asset[];
  vendors: Vendor[];
  contacts: Contact[];
  dependencies: Dependency[];
  strategies: RecoveryStrategy[];
  runbooks: Runbook[];
  topFive: TopFiveSelection | undefined;
  tolerance: ImpactTolerance | undefined;
  versions: PlanVersion[];
  approvals: Approval[];
  cadences: ExerciseCadence[];
  exercises: Exercise[];
  incidents: Incident[];
  /** Everything, for the plan fingerprint (which covers every plan kind, known here or not). */
  records: readonly PlanRecord[];
}

export function snapshotOf(records: readonly PlanRecord[]): PlanSnapshot {
  const byKind = new Map<string, PlanRecord[]>();
  for (const record of records) {
    const list = byKind.get(record.kind);
    if (list) list.push(record);
    else byKind.set(record.kind, [record]);
  }
  const parsed = <S extends z.ZodType>(kind: string, schema: S): Array<z.infer<S>> => {
    const out: Array<z.infer<S>> = [];
    for (const record of byKind.get(kind) ?? []) {
      const result = schema.safeParse(record);
      if (result.success) out.push(result.data);
    }
    return out;
  };
  return {
    organisation: parsed(ORGANISATION_KIND, organisationSchema)[0],
    processes: parsed(PROCESS_KIND, processSchema),
    assessments: parsed(IMPACT_ASSESSMENT_KIND, impactAssessmentSchema),
    objectives: parsed(OBJECTIVES_KIND, objectivesSchema),
    assets: parsed(ASSET_KIND, assetSchema),
    vendors: parsed(VENDOR_KIND, vendorSchema),
    contacts: parsed(CONTACT_KIND, contactSchema),
    dependencies: parsed(DEPENDENCY_KIND, dependencySchema),
    strategies: parsed(RECOVERY_STRATEGY_KIND, recoveryStrategySchema),
    runbooks: parsed(RUNBOOK_KIND, runbookSchema),
    topFive: parsed(TOP_FIVE_KIND, topFiveSelectionSchema)[0],
    tolerance: parsed(IMPACT_TOLERANCE_KIND, impactToleranceSchema)[0],
    versions: parsed(PLAN_VERSION_KIND, planVersionSchema),
    approvals: parsed(APPROVAL_KIND, approvalSchema),
    cadences: parsed(EXERCISE_CADENCE_KIND, exerciseCadenceSchema),
    exercises: parsed(EXERCISE_KIND, exerciseSchema),
    incidents: parsed(INCIDENT_KIND, incidentSchema),
    records,
  };
}

/** Everything derived once per print job and shared by the sections. */
interface Context {
  plan: PlanSnapshot;
  options: PrintOptions;
  s: PdfStrings;
  zone: string;
  processById: Map<string, Process>;
  objectivesByProcess: Map<string, Objectives>;
  contactById: Map<string, Contact>;
  /** Escalation order: level, then name. */
  contactsInOrder: Contact[];
  bia: () => BiaDerived;
}

function contextOf(plan: PlanSnapshot, options: PrintOptions): Context {
  let bia: BiaDerived | undefined;
  const contactsInOrder = [...plan.contacts].sort((a, b) => a.escalationLevel - b.escalationLevel || a.name.localeCompare(b.name, 'en'));
  return {
    plan,
    options,
    s: options.strings,
    zone: options.timeZone ?? 'UTC',
    processById: new Map(plan.processes.map((p) => [p.id, p])),
    objectivesByProcess: new Map(plan.objectives.map((o) => [o.parentId, o])),
    contactById: new Map(plan.contacts.map((c) => [c.id, c])),
    contactsInOrder,
    bia: () => {
      bia ??= deriveBia({
        processes: plan.processes,
        assessments: plan.assessments,
        objectives: plan.objectives,
        assets: plan.assets,
        vendors: plan.vendors,
        contacts: plan.contacts,
        dependencies: plan.dependencies,
        ...(plan.tolerance ? { tolerance: plan.tolerance.levels } : {}),
        ...(plan.topFive ? { topFive: plan.topFive } : {}),
      });
      return bia;
    },
  };
}

const minutesOr = (value: number | undefined, fallback: string) => (value === undefined ? fallback : formatMinutes(value));

/** Builds the job for one request from all of the plan's records. Pure: same input, same job. */
export function buildPrintJob(request: PrintRequest, records: readonly PlanRecord[], options: PrintOptions): PrintJob {
  const plan = snapshotOf(records);
  const organisation = plan.organisation;
  if (!organisation) throw new PrintError('no-organisation');
  const ctx = contextOf(plan, options);
  const s = ctx.s;
  const signOff = versionAndApproval(ctx);
  const frame: FrameInfo = {
    organisation: organisation.name,
    classification: organisation.classification,
    planVersion: signOff.label,
    printedAt: formatTimestamp(options.now.toISOString(), ctx.zone),
    paper: options.paper,
  };
  const day = todayIn(options.now, ctx.zone);
  const file = (what: string) => [fileSlug(organisation.name) || 'plan', what, day].join('-');

  let model: DocumentModel;
  let title: string;
  let fileName: string;
  switch (request.document) {
    case 'runbook': {
      const runbook = plan.runbooks.find((r) => r.id === request.runbookId);
      if (!runbook) throw new PrintError('not-found');
      model = { document: 'runbook', runbook: runbookModel(ctx, runbook) };
      title = fmt(s.sections.runbook, { title: runbook.title });
      fileName = file(`runbook-${fileSlug(runbook.title, 30)}`);
      break;
    }
    case 'contact-sheet':
      model = { document: 'contact-sheet', contacts: contactRows(ctx), vendors: vendorRows(ctx) };
      title = s.contacts.title;
      fileName = file('contacts');
      break;
    case 'bia-summary':
      model = { document: 'bia-summary', bia: biaModel(ctx) };
      title = s.sections.bia;
      fileName = file('bia-summary');
      break;
    case 'kit': {
      const cover: CoverModel = {
        organisation: organisation.name,
        planVersion: frame.planVersion,
        printedAt: frame.printedAt,
        approval: signOff.status,
        approvedBy: signOff.approvedBy,
        fingerprint: signOff.fingerprint,
      };
      model = {
        document: 'kit',
        cover,
        bia: biaModel(ctx),
        strategies: strategiesModel(ctx),
        runbooks: orderedRunbooks(ctx).map((r) => runbookModel(ctx, r)),
        contacts: contactRows(ctx),
        vendors: vendorRows(ctx),
        exercises: exerciseRows(ctx, day),
      };
      title = s.cover.title;
      fileName = file('locked-safe-kit');
      break;
    }
    case 'emergency-sheet': {
      const key = request.recoveryKey.trim();
      if (!key) throw new PrintError('no-key');
      model = { document: 'emergency-sheet', organisation: organisation.name, recoveryKey: key };
      title = s.emergency.title;
      fileName = file('emergency-recovery-sheet');
      break;
    }
    case 'incident-timeline': {
      const incident = plan.incidents.find((i) => i.id === request.incidentId);
      if (!incident) throw new PrintError('not-found');
      if (incident.closedAt === undefined) throw new PrintError('incident-open');
      model = { document: 'incident-timeline', incident: incidentModel(ctx, incident) };
      title = `${s.incident.title}: ${incident.title}`;
      fileName = file(`incident-${fileSlug(incident.title, 30)}`);
      break;
    }
  }
  return { frame, strings: s, title, fileName, model };
}

function versionAndApproval(ctx: Context): { label: string; status: string; approvedBy: string[]; fingerprint: string } {
  const { plan, s } = ctx;
  const approved = currentApprovedVersion(plan.versions);
  let check: ReturnType<typeof checkSignOff>;
  try {
    check = checkSignOff(approved, plan.approvals, plan.records);
  } catch {
    // A record that cannot be fingerprinted must not stop the paper copy in an emergency.
    check = { state: 'not-approved', currentFingerprint: '', approvals: [], changes: [] };
  }
  const latest = [...plan.versions].sort((a, b) => b.number - a.number)[0];
  let label: string;
  if (approved && check.state === 'valid') {
    label = fmt(s.version.approved, { number: approved.number, date: approved.approvedOn ?? '' });
  } else if (latest && latest !== approved) {
    label = fmt(latest.status === 'in-review' ? s.version.inReview : s.version.draft, { number: latest.number });
  } else if (approved) {
    label = fmt(s.version.draft, { number: `${approved.number}+` });
  } else {
    label = s.version.none;
  }
  const approvedBy = check.approvals.map(({ approval }) => fmt(s.approval.by, { name: approval.approverName, role: approval.approverRole, date: approval.date }));
  return { label, status: s.approval[check.state], approvedBy, fingerprint: check.currentFingerprint };
}

/** Runbooks in the order of their processes in the plan, then by title. */
function orderedRunbooks(ctx: Context): Runbook[] {
  const order = new Map(ctx.plan.processes.map((p, i) => [p.id, i]));
  return [...ctx.plan.runbooks].sort(
    (a, b) => (order.get(a.parentId) ?? Infinity) - (order.get(b.parentId) ?? Infinity) || a.title.localeCompare(b.title, 'en'),
  );
}

function placeholderContext(ctx: Context, runbook: Runbook, process: Process | undefined): PlaceholderContext {
  const objectives = process ? ctx.objectivesByProcess.get(process.id) : undefined;
  const mtpd = process ? ctx.bia().mtpdByProcess.get(process.id)?.minutes : undefined;
  const escalated = runbook.escalation.map((ref) => ctx.contactById.get(ref.contactId)).filter((c): c is Contact => c !== undefined);
  const processFields: NonNullable<PlaceholderContext['process']> = {};
  if (process) {
    processFields.name = process.name;
    processFields.owner = process.owner;
    processFields.deputy = process.deputy;
  }
  if (objectives?.rtoMinutes !== undefined) processFields.rtoMinutes = objectives.rtoMinutes;
  if (objectives?.rpoMinutes !== undefined) processFields.rpoMinutes = objectives.rpoMinutes;
  if (mtpd !== undefined) processFields.mtpdMinutes = mtpd;
  return {
    org: { name: ctx.plan.organisation?.name ?? '' },
    process: processFields,
    runbook: { title: runbook.title },
    contacts: [...escalated, ...ctx.contactsInOrder],
    timeZone: ctx.zone,
  };
}

/**
 * Placeholders filled from the plan. Incident times are not known when printing, so they become
 * a blank to write on; anything else missing shows as "[missing: …]", which on paper is safer
 * than a sentence that reads as finished.
 */
function fillForPaper(text: string, placeholders: PlaceholderContext, blank: string): string {
  if (!text.includes('{{')) return text;
  return fillPlaceholders(text.replace(/\{\{\s*incident\.[A-Za-z]+\s*\}\}/g, blank), placeholders).text;
}

function runbookModel(ctx: Context, runbook: Runbook): RunbookModel {
  const { s } = ctx;
  const process = ctx.processById.get(runbook.parentId);
  const rtoMinutes = process ? ctx.objectivesByProcess.get(process.id)?.rtoMinutes : undefined;
  const placeholders = placeholderContext(ctx, runbook, process);
  const fill = (text: string) => fillForPaper(text, placeholders, s.runbook.incidentBlank);
  const numberOf = new Map(runbook.steps.map((step, index) => [step.id, index + 1]));
  const titleOf = new Map(runbook.communications.map((c) => [c.id, c.title]));

  let estimate: string;
  try {
    const schedule = scheduleSteps(runbook.steps);
    const check = checkDurationAgainstRto(schedule, rtoMinutes);
    const verdict = fmt(s.runbook.verdict[check.verdict], { minutes: formatMinutes(-(check.marginMinutes ?? 0)) });
    estimate = `${fmt(s.runbook.estimateValue, { parallel: formatMinutes(schedule.criticalPathMinutes), sequential: formatMinutes(schedule.totalMinutes) })}; ${verdict}`;
  } catch (error) {
    estimate = fmt(s.runbook.estimateUnknown, { reason: error instanceof Error ? error.message : String(error) });
  }

  const escalation: EscalationRow[] = runbook.escalation.map((ref, index) => {
    const contact = ctx.contactById.get(ref.contactId);
    if (!contact) return { order: index + 1, name: s.common.missingContact, role: '', primaryPhone: '', backupPhone: '', email: '', wait: '' };
    const wait = ref.waitMinutes ?? contact.escalateAfterMinutes;
    return {
      order: index + 1,
      name: contact.name,
      role: contact.role,
      primaryPhone: contact.primaryPhone,
      backupPhone: contact.backupPhone,
      email: contact.email,
      wait: formatMinutes(wait),
    };
  });

  const steps: StepModel[] = runbook.steps.map((step, index) => ({
    number: index + 1,
    title: fill(step.title),
    role: step.role,
    expected: formatMinutes(step.expectedMinutes),
    after:
      step.after === undefined
        ? ''
        : step.after.length === 0
          ? s.runbook.startsAtOnce
          : fmt(s.runbook.startsAfter, { steps: step.after.map((id) => numberOf.get(id) ?? '?').join(', ') }),
    command: fill(step.command),
    verification: fill(step.verification),
    warning: fill(step.warning),
    rollback: fill(step.rollback),
    evidence: fill(step.evidence),
    sends: step.communicationIds.map((id) => titleOf.get(id)).filter((t): t is string => t !== undefined),
  }));

  return {
    id: runbook.id,
    title: runbook.title,
    processName: process?.name ?? '',
    scenario: runbook.scenario === 'custom' && runbook.scenarioName ? runbook.scenarioName : scenarioLabel(runbook.scenario),
    rto: minutesOr(rtoMinutes, s.common.notSet),
    estimate,
    activationCriteria: runbook.activationCriteria.map(fill),
    mayActivate: [...runbook.mayActivate],
    roles: runbook.roles.map((r) => ({ role: r.role, raci: s.runbook.raci[r.raci], duties: r.duties })),
    escalation,
    steps,
    communications: runbook.communications.map((c) => ({
      title: c.title,
      audience: c.audience,
      channel: c.channel,
      subject: fill(c.subject),
      body: fill(c.body),
    })),
  };
}

function contactRows(ctx: Context): ContactRow[] {
  return ctx.contactsInOrder.map((c) => ({
    level: c.escalationLevel,
    name: c.name,
    role: c.role,
    organisation: c.organisation,
    availability: c.availability,
    primaryPhone: c.primaryPhone,
    backupPhone: c.backupPhone,
    email: c.email,
    wait: formatMinutes(c.escalateAfterMinutes),
  }));
}

function vendorRows(ctx: Context): VendorRow[] {
  const { s } = ctx;
  return [...ctx.plan.vendors]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((v) => {
      const targets = [
        v.slaRtoMinutes === undefined ? '' : fmt(s.vendors.slaRto, { value: formatMinutes(v.slaRtoMinutes) }),
        v.slaRpoMinutes === undefined ? '' : fmt(s.vendors.slaRpo, { value: formatMinutes(v.slaRpoMinutes) }),
      ].filter(Boolean);
      return {
        name: v.name,
        service: v.service,
        contractReference: v.contractReference,
        sla: [v.slaSummary, targets.join(', ')].filter(Boolean).join('\n'),
        accounts: v.accountNumbers.map((a) => `${a.label}: ${a.value}`),
        support: v.supportContacts.map((c) => [c.label, c.phone, c.email, c.hours].filter(Boolean).join(' · ')),
      };
    });
}

function biaModel(ctx: Context): BiaModel {
  const { s } = ctx;
  const derived = ctx.bia();
  const targetName = (d: Dependency): string | undefined => {
    switch (d.targetType) {
      case 'asset':
        return derived.index.assetById.get(d.targetId)?.name;
      case 'vendor':
        return derived.index.vendorById.get(d.targetId)?.name;
      case 'contact':
        return derived.index.contactById.get(d.targetId)?.name;
    }
  };
  const rows = biaSummary(derived).map((row) => {
    const needs = (derived.index.dependenciesByProcess.get(row.processId) ?? [])
      .filter((d) => d.direction === 'needs')
      .sort((a, b) => Number(b.required) - Number(a.required));
    const names = needs.map(targetName).filter((n): n is string => n !== undefined);
    return {
      rank: row.rank,
      name: row.name,
      owner: [row.owner, row.deputy ? fmt(s.bia.deputy, { name: row.deputy }) : ''].filter(Boolean).join('\n'),
      mtpd: minutesOr(row.mtpd.minutes, s.common.notSet),
      rto: minutesOr(row.rtoMinutes, s.common.notSet),
      rpo: minutesOr(row.rpoMinutes, s.common.notSet),
      tier: row.tier ? s.bia.tiers[row.tier] : s.common.notSet,
      dependencies: names.join(', '),
    };
  });
  const severityOrder = { error: 0, warning: 1, info: 2 } as const;
  const warnings = [...derived.warnings]
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
    .map((w) => ({ severity: s.bia.severity[w.severity], text: describeWarning(w) }));
  return { rows, warnings };
}

function strategiesModel(ctx: Context): StrategiesModel {
  const { s, plan } = ctx;
  const locale = ctx.options.locale ?? 'en';
  const money = (value: number) => formatMoney(value, locale);
  const summary = costSummary(
    plan.processes.map((p) => {
      const o = ctx.objectivesByProcess.get(p.id);
      return { id: p.id, name: p.name, ...(o?.rtoMinutes !== undefined ? { rtoMinutes: o.rtoMinutes } : {}), ...(o?.rpoMinutes !== undefined ? { rpoMinutes: o.rpoMinutes } : {}) };
    }),
    plan.strategies,
  );
  const byId = new Map(plan.strategies.map((st) => [st.id, st]));
  const processes = summary.rows.map((row) => {
    const own = row.strategyIds.map((id) => byId.get(id)).filter((st): st is RecoveryStrategy => st !== undefined);
    return {
      processName: row.processName,
      targets: fmt(s.strategies.targets, { rto: minutesOr(row.targets.rtoMinutes, s.common.notSet), rpo: minutesOr(row.targets.rpoMinutes, s.common.notSet) }),
      achievable: fmt(s.strategies.achievable, { rto: minutesOr(row.rto?.minutes, s.common.notSet), rpo: minutesOr(row.rpo?.minutes, s.common.notSet) }),
      strategies: own.map((st) => ({
        name: st.name || describeTechnique(st.technique).text,
        owner: st.owner,
        activation: formatMinutes(st.activationMinutes),
        oneOff: money(st.oneOffCost),
        yearly: money(st.yearlyCost),
      })),
      gaps: row.gaps.map((gap) => gapMessage(gap, own)),
    };
  });
  const totals = fmt(s.strategies.totals, {
    oneOff: money(summary.totals.oneOffCost),
    yearly: money(summary.totals.yearlyCost),
    firstYear: money(summary.totals.firstYearCost),
  });
  return { processes, totals };
}

function exerciseRows(ctx: Context, today: string): ExerciseRow[] {
  const { s } = ctx;
  return exerciseSchedule(ctx.plan.cadences, ctx.plan.exercises, today).map((entry) => ({
    title: entry.cadence.title,
    every: fmt(s.exercises.everyMonths, { count: entry.cadence.everyMonths }),
    lastHeld: entry.lastHeld ?? s.exercises.never,
    nextDue: entry.nextDue,
    state: s.exercises.states[entry.state],
  }));
}

function incidentModel(ctx: Context, incident: Incident): IncidentTimelineModel {
  const { s, zone } = ctx;
  const process = ctx.processById.get(incident.parentId);
  const objectives = ctx.objectivesByProcess.get(incident.parentId);
  const mtpd = process ? ctx.bia().mtpdByProcess.get(process.id)?.minutes : undefined;
  const report = incidentReport(
    incident,
    { ...(objectives?.rtoMinutes !== undefined ? { rtoMinutes: objectives.rtoMinutes } : {}), ...(mtpd !== undefined ? { mtpdMinutes: mtpd } : {}) },
    ctx.options.now,
  );
  const at = (iso: string) => formatTimestamp(iso, zone);
  const runbook = ctx.plan.runbooks.find((r) => r.id === incident.runbookId);
  const { counts } = report;
  const facts: Array<[string, string]> = [
    [s.incident.runbook, runbook?.title ?? incident.title],
    [s.incident.process, process?.name ?? ''],
    [s.incident.began, at(incident.startedAt)],
    [s.incident.detected, at(incident.detectedAt)],
    [s.incident.opened, `${at(incident.openedAt)} (${incident.openedBy})`],
    [s.incident.closed, incident.closedAt ? `${at(incident.closedAt)}${incident.closedBy ? ` (${incident.closedBy})` : ''}` : ''],
    [s.incident.timeToDetect, formatMinutes(report.timeToDetectMinutes)],
    [s.incident.timeToRecover, minutesOr(report.timeToRecoverMinutes, s.common.notSet)],
    [s.incident.rto, minutesOr(objectives?.rtoMinutes, s.common.notSet)],
    [s.incident.withinRto, report.recoveredWithinRto === undefined ? s.common.notSet : report.recoveredWithinRto ? s.common.yes : s.common.no],
    [s.incident.steps, fmt(s.incident.counts, { done: counts.done, skipped: counts.skipped, blocked: counts.blocked, open: counts.pending, total: counts.total })],
  ];
  return {
    title: incident.title,
    runbookTitle: runbook?.title ?? '',
    processName: process?.name ?? '',
    facts,
    entries: report.timeline.map((entry) => ({
      at: at(entry.at),
      tPlus: `T+${formatMinutes(Math.max(0, entry.minutesFromStart))}`,
      text: describeTimelineEntry(entry),
      initials: entry.initials ?? '',
    })),
    zone: fmt(s.incident.zone, { zone }),
  };
}
