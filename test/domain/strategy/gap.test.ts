import { describe, expect, it } from 'vitest';
import {
  checkGaps,
  gapMessage,
  techniqueSchema,
  type StrategyLike,
  type SuggestionKey,
  type Targets,
} from '../../../renderer/src/domain/strategy';

const s = (id: string, technique: Record<string, unknown>, activationMinutes = 0): StrategyLike => ({
  id,
  technique: techniqueSchema.parse(technique),
  activationMinutes,
});

describe('gap messages', () => {
  it.each<[string, Targets, StrategyLike[], string]>([
    [
      'the seed example',
      { rpoMinutes: 15 },
      [s('nightly', { type: 'backup-full' })],
      'Nightly backups give an RPO of 24 h; your target is 15 min: add transaction-log backups every 15 min.',
    ],
    [
      'an hourly target with nightly backups',
      { rpoMinutes: 240 },
      [s('nightly', { type: 'backup-full' })],
      'Nightly backups give an RPO of 24 h; your target is 4 h: run them every 4 h.',
    ],
    [
      'log backups not frequent enough',
      { rpoMinutes: 15 },
      [s('logs', { type: 'backup-log', intervalMinutes: 60 })],
      'Transaction-log backups every 1 h give an RPO of 1 h; your target is 15 min: run them every 15 min.',
    ],
    [
      'zero data loss wanted',
      { rpoMinutes: 0 },
      [s('logs', { type: 'backup-log' })],
      'Transaction-log backups every 15 min give an RPO of 15 min; your target is 0 min: '
        + 'add synchronous replication or a multi-AZ standby, the only ways to lose no data.',
    ],
    [
      'replica lagging',
      { rpoMinutes: 1 },
      [s('replica', { type: 'replication', lagMinutes: 5 })],
      'Asynchronous replication with 5 min lag gives an RPO of 5 min; your target is 1 min: keep the replication lag under 1 min, or make it synchronous.',
    ],
    [
      'no copy of the data at all',
      { rpoMinutes: 1440 },
      [s('site', { type: 'alternate-site' })],
      "Nothing in the plan keeps a copy of this process's data; your RPO target is 24 h: add backups every 24 h.",
    ],
    [
      'nothing restores the process',
      { rtoMinutes: 240 },
      [],
      'Nothing in the plan brings this process back; your RTO target is 4 h: '
        + 'add a strategy that brings the service back: a standby, an alternate site or a manual workaround.',
    ],
    [
      'restore too slow for a short RTO',
      { rtoMinutes: 30 },
      [s('nightly', { type: 'backup-full', restoreMinutes: 240 })],
      'Nightly backups give an RTO of 4 h; your target is 30 min: add a standby that takes over automatically, such as multi-AZ failover.',
    ],
    [
      'restore too slow for a longer RTO',
      { rtoMinutes: 120 },
      [s('nightly', { type: 'backup-full', restoreMinutes: 240 }, 30)],
      'Nightly backups give an RTO of 4 h 30 min; your target is 2 h: bring the restore time down to 1 h 30 min and prove it in a test, or add a standby.',
    ],
    [
      'DNS TTL pushes the replica over',
      { rtoMinutes: 15 },
      [s('replica', { type: 'replication', failoverMinutes: 10 }), s('dns', { type: 'dns-failover', ttlSeconds: 600, detectionMinutes: 1 })],
      'Asynchronous replication with 1 min lag gives an RTO of 21 min; your target is 15 min: '
        + 'lower the DNS TTL and health-check time so that switching traffic takes at most 5 min.',
    ],
  ])('%s', (_name, targets, strategies, message) => {
    const { gaps } = checkGaps(targets, strategies);
    expect(gaps).toHaveLength(1);
    expect(gapMessage(gaps[0]!, strategies)).toBe(message);
  });
});

describe('structured gap data', () => {
  it('names dimension, achievable, target, the strategy relied on and a suggestion', () => {
    const strategies = [s('nightly', { type: 'backup-full' }), s('maz', { type: 'multi-az' })];
    const { gaps } = checkGaps({ rtoMinutes: 60, rpoMinutes: 0 }, strategies);
    expect(gaps).toEqual([]);

    const nightlyOnly = checkGaps({ rtoMinutes: 60, rpoMinutes: 15 }, [strategies[0]!]);
    expect(nightlyOnly.gaps).toEqual([
      { dimension: 'rto', targetMinutes: 60, achievableMinutes: 240, strategyId: 'nightly', suggestion: { key: 'shorten-restore', minutes: 60 } },
      { dimension: 'rpo', targetMinutes: 15, achievableMinutes: 1440, strategyId: 'nightly', suggestion: { key: 'add-log-backups', minutes: 15 } },
    ]);
  });

  it('meets a target exactly', () => {
    expect(checkGaps({ rpoMinutes: 15, rtoMinutes: 120 }, [s('logs', { type: 'backup-log', intervalMinutes: 15, restoreMinutes: 120 })]).gaps).toEqual([]);
  });

  it('does not invent gaps for targets that are not set', () => {
    expect(checkGaps({}, []).gaps).toEqual([]);
  });

  it.each<[string, Targets, StrategyLike[], SuggestionKey]>([
    ['replica needs automating', { rtoMinutes: 5 }, [s('r', { type: 'replication', failoverMinutes: 30 })], 'automate-failover'],
    ['activation alone too slow', { rtoMinutes: 60 }, [s('m', { type: 'multi-az' }, 90)], 'shorten-activation'],
    ['alternate site too slow', { rtoMinutes: 240 }, [s('a', { type: 'alternate-site', readyMinutes: 1440 })], 'shorten-recovery'],
    ['a few minutes of data at most', { rpoMinutes: 2 }, [s('n', { type: 'backup-full' })], 'add-replication'],
    ['nothing restores and the target is short', { rtoMinutes: 15 }, [s('i', { type: 'insurance' })], 'add-standby'],
    ['cross-region lag too high', { rpoMinutes: 5 }, [s('r', { type: 'region-failover', replicationLagMinutes: 15 })], 'reduce-replication-lag'],
  ])('%s → %s', (_name, targets, strategies, key) => {
    expect(checkGaps(targets, strategies).gaps[0]?.suggestion.key).toBe(key);
  });
});
