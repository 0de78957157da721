import { formatMinutes } from '../duration';
import type { Technique } from './technique';

export interface NounPhrase {
  text: string;
  /** For the verb that follows: "Nightly backups give", "Multi-AZ failover gives". */
  plural: boolean;
}

/** Daily is left to the caller: backups taken daily are "nightly", snapshots "daily". */
const EVERY: Record<number, string> = { 60: 'Hourly', 10080: 'Weekly' };

/** "Nightly backups" for the usual intervals, "Full backups every 4 h" for the rest. */
function periodic(noun: string, intervalMinutes: number, daily: string, everyNoun: string): NounPhrase {
  const adjective = intervalMinutes === 1440 ? daily : EVERY[intervalMinutes];
  const text = adjective ? `${adjective} ${noun}` : `${everyNoun} every ${formatMinutes(intervalMinutes)}`;
  return { text, plural: true };
}

/** How a plan names a strategy in a sentence, from its parameters: "Nightly backups". */
export function describeTechnique(technique: Technique): NounPhrase {
  switch (technique.type) {
    case 'backup-full':
      return periodic('backups', technique.intervalMinutes, 'Nightly', 'Full backups');
    case 'backup-incremental':
      return periodic('incremental backups', technique.intervalMinutes, 'Nightly', 'Incremental backups');
    case 'backup-log':
      return { text: `Transaction-log backups every ${formatMinutes(technique.intervalMinutes)}`, plural: true };
    case 'snapshot':
      return periodic('snapshots', technique.intervalMinutes, 'Daily', 'Snapshots');
    case 'offsite-copy':
      return technique.offline
        ? periodic('offline copies', technique.intervalMinutes, 'Daily', 'Offline copies')
        : periodic('offsite copies', technique.intervalMinutes, 'Daily', 'Offsite copies');
    case 'replication':
      return {
        text: technique.mode === 'sync'
          ? 'Synchronous replication'
          : `Asynchronous replication with ${formatMinutes(technique.lagMinutes)} lag`,
        plural: false,
      };
    case 'multi-az':
      return { text: 'Multi-AZ failover', plural: false };
    case 'region-failover':
      return { text: 'Region failover', plural: false };
    case 'dns-failover':
      return { text: `DNS failover with a TTL of ${technique.ttlSeconds} s`, plural: false };
    case 'alternate-site':
      return { text: 'The alternate site', plural: false };
    case 'alternate-supplier':
      return { text: 'The alternate supplier', plural: false };
    case 'static-storefront':
      return { text: 'The cached storefront', plural: false };
    case 'manual-workaround':
      return { text: 'The manual workaround', plural: false };
    case 'insurance':
      return { text: 'Insurance', plural: false };
  }
}
