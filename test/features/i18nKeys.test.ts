import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';

const ROOTS = ['renderer/src/features/strategies', 'renderer/src/features/runbooks', 'renderer/src/features/responder'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function has(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return true;
  // Plural forms: key_one / key_other.
  const parent = key.split('.').slice(0, -1).reduce<unknown>((n, part) => (n as Record<string, unknown>)?.[part], en) as Record<string, unknown> | undefined;
  const last = key.split('.').at(-1)!;
  return typeof parent?.[`${last}_one`] === 'string' && typeof parent?.[`${last}_other`] === 'string';
}

describe('messages of strategies, runbooks and responder mode', () => {
  it('every literal message key used in the code exists in English', () => {
    const keys = new Set<string>();
    for (const file of ROOTS.flatMap(files)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](response\.[A-Za-z0-9_.-]+)['"]/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(200);
    expect([...keys].filter((key) => !has(key))).toEqual([]);
  });

  it('has a label, description and parameter labels for every strategy type and a phrase for every gap suggestion', async () => {
    const { STRATEGY_CATALOGUE } = await import('../../renderer/src/domain/strategy');
    for (const spec of STRATEGY_CATALOGUE) {
      expect(has(`response.strategyTypes.${spec.type}.label`), spec.type).toBe(true);
      expect(has(`response.strategyTypes.${spec.type}.description`), spec.type).toBe(true);
      for (const parameter of spec.parameters) expect(has(`response.strategyTypes.${spec.type}.params.${parameter.key}`), `${spec.type}.${parameter.key}`).toBe(true);
    }
    const keys = ['add-sync-replication', 'add-replication', 'reduce-replication-lag', 'add-log-backups', 'add-backups', 'shorten-interval', 'add-standby',
      'add-recovery', 'lower-dns-ttl', 'shorten-activation', 'shorten-restore', 'automate-failover', 'shorten-recovery'];
    for (const key of keys) expect(has(`response.suggestion.${key}`), key).toBe(true);
  });

  it('names every scenario, audience, channel, timeline entry and clock state', async () => {
    const { SCENARIOS, AUDIENCES, CHANNELS } = await import('../../renderer/src/domain/runbook');
    for (const s of SCENARIOS) expect(has(`response.scenarios.${s}`), s).toBe(true);
    for (const a of AUDIENCES) expect(has(`response.audiences.${a}`), a).toBe(true);
    for (const c of CHANNELS) expect(has(`response.channels.${c}`), c).toBe(true);
    for (const e of ['started', 'detected', 'opened', 'step-done', 'step-skipped', 'step-blocked', 'step-reopened', 'closed']) expect(has(`response.timeline.${e}`), e).toBe(true);
    for (const s of ['no-target', 'on-track', 'at-risk', 'rto-breached', 'mtpd-breached']) expect(has(`response.clock.state.${s}`), s).toBe(true);
  });
});
