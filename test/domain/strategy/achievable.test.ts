import { describe, expect, it } from 'vitest';
import {
  achievableForProcess,
  capabilityOf,
  defaultTechnique,
  techniqueSchema,
  type Technique,
} from '../../../renderer/src/domain/strategy';

const t = (input: Record<string, unknown>): Technique => techniqueSchema.parse(input);
const strategy = (id: string, technique: Technique, activationMinutes = 0) => ({ id, technique, activationMinutes });

describe('achievable RTO and RPO of one strategy', () => {
  it.each<[string, Technique, number, number | undefined, number | undefined]>([
    // name, technique, activation, RTO, RPO
    ['transaction-log backups every 15 min', t({ type: 'backup-log', intervalMinutes: 15, restoreMinutes: 90 }), 0, 90, 15],
    ['nightly full backups', t({ type: 'backup-full', intervalMinutes: 1440, restoreMinutes: 240 }), 0, 240, 1440],
    ['nightly full backups, restore time drives RTO', t({ type: 'backup-full', restoreMinutes: 45 }), 0, 45, 1440],
    ['incremental backups every 4 h', t({ type: 'backup-incremental', intervalMinutes: 240, restoreMinutes: 300 }), 0, 300, 240],
    ['synchronous replication', t({ type: 'replication', mode: 'sync', failoverMinutes: 10 }), 0, 10, 0],
    ['synchronous replication ignores lag', t({ type: 'replication', mode: 'sync', lagMinutes: 30 }), 0, 15, 0],
    ['asynchronous replication with lag 2 min', t({ type: 'replication', mode: 'async', lagMinutes: 2, failoverMinutes: 10 }), 0, 10, 2],
    ['multi-AZ failover, default', defaultTechnique('multi-az'), 0, 5, 0],
    ['multi-AZ failover, 2 min', t({ type: 'multi-az', failoverMinutes: 2 }), 0, 2, 0],
    ['region failover', t({ type: 'region-failover', replicationLagMinutes: 5, failoverMinutes: 120 }), 0, 120, 5],
    ['snapshots every 6 h', t({ type: 'snapshot', intervalMinutes: 360, restoreMinutes: 20 }), 0, 20, 360],
    ['weekly offline copy', defaultTechnique('offsite-copy'), 0, 1440, 10080],
    ['daily offsite copy, interval drives RPO', t({ type: 'offsite-copy', intervalMinutes: 1440, restoreMinutes: 600 }), 0, 600, 1440],
    ['alternate site', t({ type: 'alternate-site', readyMinutes: 480 }), 0, 480, undefined],
    ['alternate supplier', t({ type: 'alternate-supplier', switchMinutes: 2880 }), 0, 2880, undefined],
    ['cached storefront', t({ type: 'static-storefront', switchMinutes: 10 }), 0, 10, undefined],
    ['manual workaround', t({ type: 'manual-workaround', readyMinutes: 30 }), 0, 30, undefined],
    ['activation time adds to the RTO', t({ type: 'backup-full', restoreMinutes: 240 }), 30, 270, 1440],
    ['DNS failover alone restores nothing', defaultTechnique('dns-failover'), 0, undefined, undefined],
    ['insurance restores nothing', t({ type: 'insurance', coverAmount: 50_000 }), 60, undefined, undefined],
  ])('%s', (_name, technique, activation, rto, rpo) => {
    const capability = capabilityOf(strategy('s', technique, activation));
    expect(capability.rtoMinutes).toBe(rto);
    expect(capability.rpoMinutes).toBe(rpo);
  });

  it('explains what the RTO is made of', () => {
    const capability = capabilityOf(strategy('s', t({ type: 'replication', failoverMinutes: 10 }), 5), 2);
    expect(capability.rtoParts).toEqual([
      { part: 'activation', minutes: 5 },
      { part: 'failover', minutes: 10 },
      { part: 'traffic-switch', minutes: 2 },
    ]);
    expect(capability.rtoMinutes).toBe(17);
  });
});

describe('DNS failover adds its switch time to standbys elsewhere', () => {
  const replica = strategy('replica', t({ type: 'replication', failoverMinutes: 10 }));

  it.each([
    // TTL seconds, detection minutes, expected RTO of the replica
    [60, 0, 11],
    [60, 1, 12],
    [30, 0, 11],
    [90, 0, 12],
    [300, 0, 15],
    [0, 0, 10],
  ])('TTL %d s, detection %d min → RTO %d min', (ttlSeconds, detectionMinutes, rto) => {
    const dns = strategy('dns', t({ type: 'dns-failover', ttlSeconds, detectionMinutes }));
    const result = achievableForProcess([replica, dns]);
    expect(result.rto).toEqual({ minutes: rto, strategyId: 'replica' });
  });

  it('a 60 s TTL adds at least one minute', () => {
    const without = achievableForProcess([replica]).rto?.minutes ?? 0;
    const withDns = achievableForProcess([replica, strategy('dns', defaultTechnique('dns-failover'))]).rto?.minutes ?? 0;
    expect(withDns - without).toBeGreaterThanOrEqual(1);
  });

  it('does not delay strategies that recover in place', () => {
    const dns = strategy('dns', t({ type: 'dns-failover', ttlSeconds: 600 }));
    const multiAz = strategy('maz', defaultTechnique('multi-az'));
    expect(achievableForProcess([multiAz, dns]).rto).toEqual({ minutes: 5, strategyId: 'maz' });
  });

  it('uses the fastest of several DNS failovers', () => {
    const slow = strategy('slow', t({ type: 'dns-failover', ttlSeconds: 3600, detectionMinutes: 0 }));
    const fast = strategy('fast', t({ type: 'dns-failover', ttlSeconds: 60, detectionMinutes: 0 }));
    const result = achievableForProcess([replica, slow, fast]);
    expect(result.trafficSwitch).toEqual({ minutes: 1, strategyId: 'fast' });
    expect(result.rto?.minutes).toBe(11);
  });
});

describe('several strategies for one process', () => {
  it('takes the best of each dimension and says which strategy gives it', () => {
    const nightly = strategy('nightly', t({ type: 'backup-full', restoreMinutes: 120 }));
    const logs = strategy('logs', t({ type: 'backup-log', intervalMinutes: 15, restoreMinutes: 180 }));
    const storefront = strategy('storefront', t({ type: 'static-storefront', switchMinutes: 20 }));
    const result = achievableForProcess([nightly, logs, storefront]);
    expect(result.rpo).toEqual({ minutes: 15, strategyId: 'logs' });
    expect(result.rto).toEqual({ minutes: 20, strategyId: 'storefront' });
    expect(result.strategies.map((c) => c.strategyId)).toEqual(['nightly', 'logs', 'storefront']);
  });

  it('on a tie keeps the earlier strategy', () => {
    const a = strategy('a', t({ type: 'multi-az', failoverMinutes: 5 }));
    const b = strategy('b', t({ type: 'replication', mode: 'sync', failoverMinutes: 5 }));
    expect(achievableForProcess([a, b]).rpo?.strategyId).toBe('a');
    expect(achievableForProcess([b, a]).rpo?.strategyId).toBe('b');
  });

  it('leaves a dimension empty when nothing covers it', () => {
    const result = achievableForProcess([strategy('site', defaultTechnique('alternate-site'))]);
    expect(result.rpo).toBeUndefined();
    expect(result.rto?.minutes).toBe(1440);
    expect(achievableForProcess([])).toEqual({ strategies: [] });
  });
});
