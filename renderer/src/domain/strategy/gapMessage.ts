import { formatMinutes } from '../duration';
import type { StrategyLike } from './achievable';
import { describeTechnique } from './describe';
import type { Gap, Suggestion } from './gap';

const DIMENSION = { rto: 'RTO', rpo: 'RPO' } as const;

/**
 * A gap in plain English, e.g. "Nightly backups give an RPO of 24 h; your target is 15 min:
 * add transaction-log backups every 15 min." The structured Gap is what screens and
 * translations should use; this is the sentence for English output and exports.
 */
export function gapMessage(gap: Gap, strategies: readonly StrategyLike[]): string {
  const dimension = DIMENSION[gap.dimension];
  const technique = strategies.find((s) => s.id === gap.strategyId)?.technique;
  const fix = suggestionText(gap.suggestion);
  if (!technique || gap.achievableMinutes === undefined) {
    const nothing = gap.dimension === 'rpo'
      ? "Nothing in the plan keeps a copy of this process's data"
      : 'Nothing in the plan brings this process back';
    return `${nothing}; your ${dimension} target is ${formatMinutes(gap.targetMinutes)}: ${fix}.`;
  }
  const subject = describeTechnique(technique);
  const verb = subject.plural ? 'give' : 'gives';
  return `${subject.text} ${verb} an ${dimension} of ${formatMinutes(gap.achievableMinutes)}; `
    + `your target is ${formatMinutes(gap.targetMinutes)}: ${fix}.`;
}

export function suggestionText(suggestion: Suggestion): string {
  const m = suggestion.minutes === undefined ? '' : formatMinutes(suggestion.minutes);
  switch (suggestion.key) {
    case 'add-sync-replication':
      return 'add synchronous replication or a multi-AZ standby, the only ways to lose no data';
    case 'add-replication':
      return `add replication with a lag under ${m}`;
    case 'reduce-replication-lag':
      return `keep the replication lag under ${m}, or make it synchronous`;
    case 'add-log-backups':
      return `add transaction-log backups every ${m}`;
    case 'add-backups':
      return `add backups every ${m}`;
    case 'shorten-interval':
      return `run them every ${m}`;
    case 'add-standby':
      return 'add a standby that takes over automatically, such as multi-AZ failover';
    case 'add-recovery':
      return 'add a strategy that brings the service back: a standby, an alternate site or a manual workaround';
    case 'lower-dns-ttl':
      return `lower the DNS TTL and health-check time so that switching traffic takes at most ${m}`;
    case 'shorten-activation':
      return `activating it alone takes ${m}: decide and call out sooner, or automate it`;
    case 'shorten-restore':
      return `bring the restore time down to ${m} and prove it in a test, or add a standby`;
    case 'automate-failover':
      return 'automate the failover, for example with a managed multi-AZ database';
    case 'shorten-recovery':
      return `have it working within ${m}`;
  }
}
