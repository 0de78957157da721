import { formatDuration } from '../timePoints';
import type { BiaWarning } from './warnings';

const TARGET_WORDS: Record<string, string> = { asset: 'component', vendor: 'supplier', contact: 'contact' };

function str(w: BiaWarning, name: string): string {
  return String(w.params[name] ?? '');
}

function minutes(w: BiaWarning, name: string): string {
  const value = w.params[name];
  return typeof value === 'number' ? formatDuration(value) : '?';
}

/**
 * Plain English for tests, CSV and logs. The UI words warnings from messageKey + params through
 * its own catalogue, so this text is not shown to users.
 */
export function describeWarning(w: BiaWarning): string {
  const process = `"${str(w, 'processName')}"`;
  const target = `"${str(w, 'targetName')}"`;
  switch (w.code) {
    case 'rto-not-below-mtpd':
      return `${process}: the RTO (${minutes(w, 'rtoMinutes')}) must be shorter than the MTPD (${minutes(w, 'mtpdMinutes')}).`;
    case 'roll-down-rto':
      return `${target} can be back in ${minutes(w, 'capabilityMinutes')}, but ${process} needs it back within ${minutes(w, 'requiredMinutes')} (its RTO).`;
    case 'roll-down-rpo':
      return `${target} can lose up to ${minutes(w, 'capabilityMinutes')} of data, but ${process} can lose at most ${minutes(w, 'requiredMinutes')} (its RPO).`;
    case 'capability-unknown':
      return `${target} has no known ${str(w, 'metric') === 'rto' ? 'recovery time' : 'data-loss window'}, so it cannot be checked against the ${str(w, 'metric').toUpperCase()} of ${process} (${minutes(w, 'requiredMinutes')}).`;
    case 'process-without-owner':
      return `${process} has no owner.`;
    case 'required-dependency-without-contact':
      return `${process} needs ${target}, but nobody is named to call about it.`;
    case 'dependency-target-missing':
      return `A dependency of ${process} points to a ${TARGET_WORDS[str(w, 'targetType')] ?? 'record'} that no longer exists.`;
    case 'zero-rto':
      return `${process}: an RTO of zero means no downtime at all — are you sure?`;
    case 'zero-rpo':
      return `${process}: an RPO of zero means no data loss at all — are you sure?`;
    case 'missing-objectives': {
      const missing = str(w, 'missing');
      return `${process} has no ${missing === 'rto+rpo' ? 'RTO or RPO' : missing.toUpperCase()} yet.`;
    }
  }
}
