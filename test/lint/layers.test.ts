import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule must bite: each case lints a small probe as if it lived in a layer's folder.
 * Probes import files that exist, so the resolver — not a typo — decides the outcome.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const cases: { name: string; file: string; code: string; violates: string | null }[] = [
  { name: 'domain importing the store', file: 'renderer/src/domain/probe.ts', code: "import { PlanStore } from '../store/planStore';\nexport const p = PlanStore;\n", violates: 'boundaries/dependencies' },
  { name: 'vault importing a feature', file: 'renderer/src/vault/probe.ts', code: "import { HomeScreen } from '../features/home/HomeScreen';\nexport const p = HomeScreen;\n", violates: 'boundaries/dependencies' },
  { name: 'store importing the platform', file: 'renderer/src/store/probe.ts', code: "import { PlanStoreContext } from './hooks';\nimport { getPlatform } from '../platform';\nexport const p = [PlanStoreContext, getPlatform];\n", violates: 'boundaries/dependencies' },
  { name: 'a feature importing printing statically', file: 'renderer/src/features/home/probe.ts', code: "import * as print from '../../print';\nexport const p = print;\n", violates: 'no-restricted-imports' },
  { name: 'the renderer importing shell code', file: 'renderer/src/platform/probe.ts', code: "import { CONTENT_SECURITY_POLICY } from '../../../electron/security';\nexport const p = CONTENT_SECURITY_POLICY;\n", violates: 'no-restricted-imports' },
  { name: 'the shell importing the renderer', file: 'electron/probe.ts', code: "import { newRecordId } from '../renderer/src/domain/record';\nexport const p = newRecordId;\n", violates: 'no-restricted-imports' },
  { name: 'a feature loading printing lazily (allowed)', file: 'renderer/src/features/home/probe.ts', code: "export const load = () => import('../../print/client');\n", violates: null },
  { name: 'the app importing the print screen feature (allowed)', file: 'renderer/src/app/probe.ts', code: "import { PrintScreen } from '../features/print/PrintScreen';\nexport const p = PrintScreen;\n", violates: null },
  { name: 'the app importing printing statically', file: 'renderer/src/app/probe.ts', code: "import { renderPdf } from '../print/client';\nexport const p = renderPdf;\n", violates: 'no-restricted-imports' },
  { name: 'a feature importing the store (allowed)', file: 'renderer/src/features/home/probe.ts', code: "import { usePlanStore } from '../../store';\nexport const p = usePlanStore;\n", violates: null },
  { name: 'the vault importing the domain (allowed)', file: 'renderer/src/vault/probe.ts', code: "import { newRecordId } from '../domain/record';\nexport const p = newRecordId;\n", violates: null },
  { name: 'the platform importing the contract type-only (allowed)', file: 'renderer/src/platform/probe.ts', code: "import type { LifeboatApi } from '../../../electron/contract';\nexport type P = LifeboatApi;\n", violates: null },
];

describe('layer boundaries (npm run lint)', () => {
  it.each(cases)('$name', async ({ file, code, violates }) => {
    const ids = await ruleIds(file, code);
    if (violates) expect(ids).toContain(violates);
    else expect(ids.filter((id) => id === 'boundaries/dependencies' || id === 'no-restricted-imports')).toEqual([]);
  });
});
