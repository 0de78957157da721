import { describe, expect, it } from 'vitest';
import {
  STRATEGY_CATALOGUE,
  STRATEGY_TYPES,
  defaultTechnique,
  describeTechnique,
  recoveryStrategySchema,
  strategyTypeSpec,
  techniqueSchema,
} from '../../../renderer/src/domain/strategy';

describe('strategy catalogue', () => {
  it('has exactly one entry per strategy type', () => {
    expect(STRATEGY_CATALOGUE.map((s) => s.type).sort()).toEqual([...STRATEGY_TYPES].sort());
  });

  it.each(STRATEGY_CATALOGUE.map((spec) => [spec.type, spec] as const))('%s names only real parameters', (type, spec) => {
    const fields = Object.keys(defaultTechnique(type)).filter((key) => key !== 'type').sort();
    expect(spec.parameters.map((p) => p.key).sort()).toEqual(fields);
  });

  it('covers what the design lists', () => {
    for (const type of ['backup-full', 'backup-incremental', 'backup-log', 'replication', 'multi-az', 'region-failover', 'dns-failover',
      'snapshot', 'offsite-copy', 'alternate-site', 'alternate-supplier', 'static-storefront', 'manual-workaround', 'insurance'] as const) {
      expect(strategyTypeSpec(type).type).toBe(type);
    }
  });

  it('rejects parameters a strategy cannot have', () => {
    expect(techniqueSchema.safeParse({ type: 'backup-log', intervalMinutes: -5 }).success).toBe(false);
    expect(techniqueSchema.safeParse({ type: 'backup-log', intervalMinutes: 7.5 }).success).toBe(false);
    expect(techniqueSchema.safeParse({ type: 'replication', mode: 'semi' }).success).toBe(false);
    expect(techniqueSchema.safeParse({ type: 'teleport' }).success).toBe(false);
  });
});

describe('recovery strategy record', () => {
  const base = { id: '2f1c7f7e-4b0e-4e53-9a57-3d5b8f7f0a11', kind: 'recoveryStrategy', updatedAt: '2025-03-01T10:00:00.000Z' };

  it('needs the process it belongs to', () => {
    expect(recoveryStrategySchema.safeParse({ ...base, technique: { type: 'multi-az' } }).success).toBe(false);
  });

  it('fills defaults for costs, activation and owner', () => {
    const parsed = recoveryStrategySchema.parse({ ...base, parentId: '7b0c7a38-7f61-4d2b-8c3e-0b8f3f5f1e22', technique: { type: 'backup-log' } });
    expect(parsed).toMatchObject({ activationMinutes: 0, oneOffCost: 0, yearlyCost: 0, owner: '', technique: { intervalMinutes: 15 } });
  });

  it('refuses negative or fractional costs', () => {
    const record = { ...base, parentId: '7b0c7a38-7f61-4d2b-8c3e-0b8f3f5f1e22', technique: { type: 'multi-az' } };
    expect(recoveryStrategySchema.safeParse({ ...record, yearlyCost: -1 }).success).toBe(false);
    expect(recoveryStrategySchema.safeParse({ ...record, oneOffCost: 10.5 }).success).toBe(false);
  });
});

describe('describing a strategy in a sentence', () => {
  it.each([
    [{ type: 'backup-full' }, 'Nightly backups', true],
    [{ type: 'backup-full', intervalMinutes: 240 }, 'Full backups every 4 h', true],
    [{ type: 'backup-full', intervalMinutes: 10080 }, 'Weekly backups', true],
    [{ type: 'backup-incremental', intervalMinutes: 60 }, 'Hourly incremental backups', true],
    [{ type: 'backup-log', intervalMinutes: 15 }, 'Transaction-log backups every 15 min', true],
    [{ type: 'snapshot' }, 'Daily snapshots', true],
    [{ type: 'offsite-copy' }, 'Weekly offline copies', true],
    [{ type: 'offsite-copy', offline: false, intervalMinutes: 720 }, 'Offsite copies every 12 h', true],
    [{ type: 'replication', mode: 'sync' }, 'Synchronous replication', false],
    [{ type: 'replication', lagMinutes: 2 }, 'Asynchronous replication with 2 min lag', false],
    [{ type: 'dns-failover' }, 'DNS failover with a TTL of 60 s', false],
  ])('%o → %s', (input, text, plural) => {
    expect(describeTechnique(techniqueSchema.parse(input))).toEqual({ text, plural });
  });
});
