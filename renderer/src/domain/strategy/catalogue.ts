import type { StrategyType, Technique } from './technique';

export type StrategyCategory = 'backup' | 'standby' | 'traffic' | 'alternative' | 'financial';

export type ParameterUnit = 'minutes' | 'seconds' | 'choice' | 'yes-no' | 'money';

export interface ParameterSpec {
  /** A field of the technique object. */
  key: string;
  label: string;
  unit: ParameterUnit;
  choices?: readonly string[];
}

export interface StrategyTypeSpec {
  type: StrategyType;
  label: string;
  category: StrategyCategory;
  description: string;
  /**
   * Resumes a reduced service (the MBCO) rather than the full one. It still counts toward the RTO,
   * which is the time to resume at the minimum acceptable level, but people should know.
   */
  reducedService: boolean;
  /** Brings the service up somewhere else, so users only reach it once traffic is redirected. */
  needsTrafficSwitch: boolean;
  parameters: readonly ParameterSpec[];
}

const interval = (label: string): ParameterSpec => ({ key: 'intervalMinutes', label, unit: 'minutes' });
const restore: ParameterSpec = { key: 'restoreMinutes', label: 'Time to restore', unit: 'minutes' };

/** The strategy types a plan can pick from, in the order a form lists them. */
export const STRATEGY_CATALOGUE: readonly StrategyTypeSpec[] = [
  {
    type: 'backup-full', label: 'Full backups', category: 'backup', reducedService: false, needsTrafficSwitch: false,
    description: 'A complete copy at a fixed interval; you lose everything since the last one.',
    parameters: [interval('Backup interval'), restore],
  },
  {
    type: 'backup-incremental', label: 'Incremental backups', category: 'backup', reducedService: false, needsTrafficSwitch: false,
    description: 'Only what changed since the previous backup; restoring replays the whole chain.',
    parameters: [interval('Backup interval'), restore],
  },
  {
    type: 'backup-log', label: 'Transaction-log backups', category: 'backup', reducedService: false, needsTrafficSwitch: false,
    description: 'Database log backups or log shipping (e.g. WAL archiving) for point-in-time recovery.',
    parameters: [interval('Log backup interval'), restore],
  },
  {
    type: 'replication', label: 'Replication', category: 'standby', reducedService: false, needsTrafficSwitch: true,
    description: 'A live replica that is promoted when the primary fails.',
    parameters: [
      { key: 'mode', label: 'Mode', unit: 'choice', choices: ['sync', 'async'] },
      { key: 'lagMinutes', label: 'Replication lag (async)', unit: 'minutes' },
      { key: 'failoverMinutes', label: 'Time to promote and repoint', unit: 'minutes' },
    ],
  },
  {
    type: 'multi-az', label: 'Multi-AZ failover', category: 'standby', reducedService: false, needsTrafficSwitch: false,
    description: 'A managed synchronous standby in another zone that takes over automatically.',
    parameters: [{ key: 'failoverMinutes', label: 'Failover time', unit: 'minutes' }],
  },
  {
    type: 'region-failover', label: 'Region failover', category: 'standby', reducedService: false, needsTrafficSwitch: true,
    description: 'The service brought up in a second region from replicated data and infrastructure as code.',
    parameters: [
      { key: 'replicationLagMinutes', label: 'Cross-region replication lag', unit: 'minutes' },
      { key: 'failoverMinutes', label: 'Time to bring up the second region', unit: 'minutes' },
    ],
  },
  {
    type: 'dns-failover', label: 'DNS failover', category: 'traffic', reducedService: false, needsTrafficSwitch: false,
    description: 'A health-checked DNS record that points users at the standby; adds its TTL to the recovery.',
    parameters: [
      { key: 'ttlSeconds', label: 'Record TTL', unit: 'seconds' },
      { key: 'detectionMinutes', label: 'Health-check detection time', unit: 'minutes' },
    ],
  },
  {
    type: 'snapshot', label: 'Snapshots', category: 'backup', reducedService: false, needsTrafficSwitch: false,
    description: 'Disk or volume snapshots at a fixed interval.',
    parameters: [interval('Snapshot interval'), restore],
  },
  {
    type: 'offsite-copy', label: 'Offline or offsite copies', category: 'backup', reducedService: false, needsTrafficSwitch: false,
    description: 'Versioned, encrypted copies kept offline or in another place, out of reach of ransomware.',
    parameters: [
      interval('Copy interval'),
      restore,
      { key: 'offline', label: 'Offline (air-gapped)', unit: 'yes-no' },
      { key: 'versioned', label: 'Versioned', unit: 'yes-no' },
      { key: 'encrypted', label: 'Encrypted', unit: 'yes-no' },
    ],
  },
  {
    type: 'alternate-site', label: 'Alternate site', category: 'alternative', reducedService: false, needsTrafficSwitch: false,
    description: 'Another place to work from: a second office, a partner, or home working.',
    parameters: [{ key: 'readyMinutes', label: 'Time until the site is usable', unit: 'minutes' }],
  },
  {
    type: 'alternate-supplier', label: 'Alternate supplier', category: 'alternative', reducedService: false, needsTrafficSwitch: false,
    description: 'A second supplier that can take over from a key one.',
    parameters: [{ key: 'switchMinutes', label: 'Time to switch supplier', unit: 'minutes' }],
  },
  {
    type: 'static-storefront', label: 'Static or cached storefront', category: 'alternative', reducedService: true, needsTrafficSwitch: true,
    description: 'A cached copy of the shop front so customers can still browse while the origin is down.',
    parameters: [{ key: 'switchMinutes', label: 'Time to put the cached site live', unit: 'minutes' }],
  },
  {
    type: 'manual-workaround', label: 'Manual workaround', category: 'alternative', reducedService: true, needsTrafficSwitch: false,
    description: 'Doing the work by hand (paper forms, phone orders) until systems return.',
    parameters: [{ key: 'readyMinutes', label: 'Time to start working by hand', unit: 'minutes' }],
  },
  {
    type: 'insurance', label: 'Insurance', category: 'financial', reducedService: false, needsTrafficSwitch: false,
    description: 'Business interruption or cyber cover; pays for the loss but restores nothing.',
    parameters: [{ key: 'coverAmount', label: 'Cover', unit: 'money' }],
  },
];

const BY_TYPE = new Map(STRATEGY_CATALOGUE.map((spec) => [spec.type, spec]));

export function strategyTypeSpec(type: StrategyType): StrategyTypeSpec {
  const spec = BY_TYPE.get(type);
  if (!spec) throw new Error(`No catalogue entry for strategy type "${type}"`);
  return spec;
}

export function needsTrafficSwitch(technique: Technique): boolean {
  return strategyTypeSpec(technique.type).needsTrafficSwitch;
}
