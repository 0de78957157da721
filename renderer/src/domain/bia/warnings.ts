import type { Asset } from '../asset';
import type { Contact } from '../contact';
import type { Dependency } from '../dependency';
import type { Process } from '../process';
import type { Vendor } from '../vendor';
import type { ProcessMtpd } from './mtpd';
import type { BiaIndex } from './plan';
import type { RollDownEntry } from './rollDown';

export type WarningCode =
  | 'rto-not-below-mtpd'
  | 'roll-down-rto'
  | 'roll-down-rpo'
  | 'capability-unknown'
  | 'process-without-owner'
  | 'required-dependency-without-contact'
  | 'dependency-target-missing'
  | 'zero-rto'
  | 'zero-rpo'
  | 'missing-objectives';

export type WarningSeverity = 'error' | 'warning' | 'info';

/** Where "fix it" takes the user: the record to open and the field to focus. */
export interface FixTarget {
  entity: 'process' | 'objectives' | 'dependency' | 'asset' | 'vendor';
  /** The record to open; for objectives not yet created, the process id (entity stays 'objectives'). */
  recordId: string;
  processId?: string;
  field: string;
}

export type WarningParams = Record<string, string | number>;

/**
 * A review finding as data. The UI words it from messageKey + params (English lives in
 * describeWarning), so names and durations travel in params rather than in text.
 */
export interface BiaWarning {
  /** Unique within one derivation: for React lists and "dismissed" sets. */
  key: string;
  code: WarningCode;
  severity: WarningSeverity;
  processId?: string;
  dependencyId?: string;
  messageKey: `bia.warning.${WarningCode}`;
  params: WarningParams;
  fix: FixTarget;
}

const SEVERITY: Record<WarningCode, WarningSeverity> = {
  'rto-not-below-mtpd': 'error',
  'roll-down-rto': 'error',
  'roll-down-rpo': 'error',
  'dependency-target-missing': 'error',
  'process-without-owner': 'warning',
  'required-dependency-without-contact': 'warning',
  'zero-rto': 'warning',
  'zero-rpo': 'warning',
  'missing-objectives': 'warning',
  'capability-unknown': 'info',
};

// Every warning is built with the same literal shape and no object spreads: on a plan with
// thousands of findings, spreads of differently shaped objects dominated the derivation time.
function warning(code: WarningCode, processId: string | undefined, dependencyId: string | undefined, params: WarningParams, fix: FixTarget): BiaWarning {
  return {
    key: `${code}:${processId ?? ''}:${dependencyId ?? ''}:${fix.recordId}:${params.metric ?? ''}`,
    code,
    severity: SEVERITY[code],
    processId,
    dependencyId,
    messageKey: `bia.warning.${code}`,
    params,
    fix,
  };
}

function processWarnings(index: BiaIndex, process: Process, mtpd: ProcessMtpd | undefined, out: BiaWarning[]): void {
  const processId = process.id;
  const processName = process.name;
  const objectives = index.objectivesByProcess.get(processId);
  const objectivesFix = (field: string): FixTarget => ({ entity: 'objectives', recordId: objectives?.id ?? processId, processId, field });
  if (process.owner.trim() === '' && process.ownerContactId === undefined) {
    out.push(warning('process-without-owner', processId, undefined, { processName }, { entity: 'process', recordId: processId, processId, field: 'owner' }));
  }
  const rto = objectives?.rtoMinutes;
  const rpo = objectives?.rpoMinutes;
  if (rto === undefined || rpo === undefined) {
    const missing = rto === undefined && rpo === undefined ? 'rto+rpo' : rto === undefined ? 'rto' : 'rpo';
    out.push(warning('missing-objectives', processId, undefined, { processName, missing }, objectivesFix(rto === undefined ? 'rtoMinutes' : 'rpoMinutes')));
  }
  if (rto !== undefined && mtpd?.minutes !== undefined && rto >= mtpd.minutes) {
    out.push(
      warning('rto-not-below-mtpd', processId, undefined, { processName, rtoMinutes: rto, mtpdMinutes: mtpd.minutes, mtpdSource: mtpd.source }, objectivesFix('rtoMinutes')),
    );
  }
  if (rto === 0) out.push(warning('zero-rto', processId, undefined, { processName }, objectivesFix('rtoMinutes')));
  if (rpo === 0) out.push(warning('zero-rpo', processId, undefined, { processName }, objectivesFix('rpoMinutes')));
}

type Target = Asset | Vendor | Contact;

function targetOf(index: BiaIndex, d: Dependency): Target | undefined {
  switch (d.targetType) {
    case 'asset':
      return index.assetById.get(d.targetId);
    case 'vendor':
      return index.vendorById.get(d.targetId);
    case 'contact':
      return index.contactById.get(d.targetId);
  }
}

/** Someone to call: named on the link, or the target is a person, or it names its own contact. */
function hasContact(index: BiaIndex, d: Dependency, target: Target): boolean {
  if (d.contactId !== undefined && index.contactById.has(d.contactId)) return true;
  switch (target.kind) {
    case 'contact':
      return true;
    case 'vendor':
      return target.supportContacts.length > 0;
    case 'asset':
      return target.contactId !== undefined && index.contactById.has(target.contactId);
  }
}

function dependencyWarnings(index: BiaIndex, process: Process, d: Dependency, out: BiaWarning[]): void {
  const target = targetOf(index, d);
  if (!target) {
    out.push(
      warning('dependency-target-missing', process.id, d.id, { processName: process.name, targetType: d.targetType }, { entity: 'dependency', recordId: d.id, processId: process.id, field: 'targetId' }),
    );
    return;
  }
  if (d.required && !hasContact(index, d, target)) {
    out.push(
      warning(
        'required-dependency-without-contact',
        process.id,
        d.id,
        { processName: process.name, targetName: target.name, targetType: d.targetType },
        { entity: 'dependency', recordId: d.id, processId: process.id, field: 'contactId' },
      ),
    );
  }
}

const CAPABILITY_FIELDS = {
  asset: { rto: 'achievableRtoMinutes', rpo: 'achievableRpoMinutes' },
  vendor: { rto: 'slaRtoMinutes', rpo: 'slaRpoMinutes' },
} as const;

function rollDownWarning(index: BiaIndex, entry: RollDownEntry, metric: 'rto' | 'rpo', out: BiaWarning[]): void {
  const required = metric === 'rto' ? entry.requiredRto : entry.requiredRpo;
  if (!required) return;
  const capability = metric === 'rto' ? entry.capabilityRtoMinutes : entry.capabilityRpoMinutes;
  const violated = metric === 'rto' ? entry.rtoViolated : entry.rpoViolated;
  if (capability !== undefined && !violated) return;
  const fix: FixTarget = { entity: entry.targetType, recordId: entry.targetId, processId: required.processId, field: CAPABILITY_FIELDS[entry.targetType][metric] };
  const processName = index.processById.get(required.processId)?.name ?? '';
  const params: WarningParams = {
    targetName: entry.targetName,
    targetType: entry.targetType,
    processCount: entry.processIds.length,
    processName,
    metric,
    requiredMinutes: required.minutes,
  };
  if (capability === undefined) {
    out.push(warning('capability-unknown', required.processId, required.dependencyId, params, fix));
  } else {
    params.capabilityMinutes = capability;
    out.push(warning(metric === 'rto' ? 'roll-down-rto' : 'roll-down-rpo', required.processId, required.dependencyId, params, fix));
  }
}

/**
 * Every review finding for the plan, in a stable order: per process (in plan order) its own
 * findings, then its links'; then one roll-down finding per shared target and metric, attached to
 * the process whose objective is strictest.
 */
export function biaWarnings(index: BiaIndex, mtpdByProcess: ReadonlyMap<string, ProcessMtpd>, rollDown: ReadonlyMap<string, RollDownEntry>): BiaWarning[] {
  const out: BiaWarning[] = [];
  for (const process of index.plan.processes) {
    processWarnings(index, process, mtpdByProcess.get(process.id), out);
    const links = index.dependenciesByProcess.get(process.id);
    if (links) for (const d of links) dependencyWarnings(index, process, d, out);
  }
  for (const entry of rollDown.values()) {
    rollDownWarning(index, entry, 'rto', out);
    rollDownWarning(index, entry, 'rpo', out);
  }
  return out;
}
