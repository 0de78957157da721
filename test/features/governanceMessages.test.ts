import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';

const ROOTS = ['renderer/src/features/exercises', 'renderer/src/features/governance', 'renderer/src/features/audit', 'renderer/src/features/readiness'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every literal message key the governance screens use: `t('governance.…')`, ternaries included. */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const file of ROOTS.flatMap(files)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/'((?:governance|print)\.[A-Za-z0-9_.-]+)'/g)) keys.add(match[1]!);
  }
  return [...keys].filter((k) => !k.endsWith('.'));
}

describe('governance messages', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  });

  it('has a message for every key the screens use', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(300);
    const missing = keys.filter((key) => key !== 'governance.pdf' && key !== 'print.pdf' && !i18next.exists(key) && !i18next.exists(`${key}_other`));
    expect(missing).toEqual([]);
  });

  it('has a readiness title and a reason for every rule the domain can report', async () => {
    const { assessReadiness } = await import('../../renderer/src/domain/readiness/assess');
    const { evidenceRules } = await import('../../renderer/src/domain/readiness/evidence');
    const { requirementRules } = await import('../../renderer/src/domain/readiness/requirements');
    const facts = (await import('./readinessFixtures')).emptyFacts();
    const rules = [...requirementRules(facts), ...evidenceRules(facts)];
    for (const rule of rules) {
      expect(i18next.exists(`governance.readiness.items.${rule.id}`), rule.id).toBe(true);
      for (const code of [...rule.problems.map((p) => p.code), rule.met.code]) expect(i18next.exists(`governance.readiness.reasons.${code}`), code).toBe(true);
    }
    expect(assessReadiness(facts).items.length).toBe(rules.length);
  });

  it('words every enumeration of the domain', async () => {
    const exercise = await import('../../renderer/src/domain/exercise/exercise');
    const audit = await import('../../renderer/src/domain/audit');
    const checks: Array<[string, readonly string[]]> = [
      ['governance.exerciseTypes', exercise.EXERCISE_TYPES],
      ['governance.exerciseStatuses', exercise.EXERCISE_STATUSES],
      ['governance.environments', exercise.EXERCISE_ENVIRONMENTS],
      ['governance.logKinds', exercise.LOG_ENTRY_KINDS],
      ['governance.auditActions', audit.AUDIT_ACTIONS],
      ['governance.pdf.auditActions', audit.AUDIT_ACTIONS],
      ['governance.pdf.logKinds', exercise.LOG_ENTRY_KINDS],
    ];
    for (const [prefix, values] of checks) for (const value of values) expect(i18next.exists(`${prefix}.${value}`), `${prefix}.${value}`).toBe(true);
  });
});
