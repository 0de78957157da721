import { expect, it } from 'vitest';
import { dependentsIndex } from '../../renderer/src/domain/bia/dependents';
import { dependencyCategory, dependencySchema, makeDependency } from '../../renderer/src/domain/dependency';
import { PlanBuilder } from './bia/plan.fixture';

it.each([
  ['vendor', undefined, 'third-party'],
  ['contact', undefined, 'people'],
  ['asset', 'site', 'site'],
  ['asset', 'data-store', 'data'],
  ['asset', 'server', 'infrastructure'],
  ['asset', 'saas', 'infrastructure'],
] as const)('a link to a %s (%s) is listed under %s', (targetType, assetType, category) => {
  expect(dependencyCategory(targetType, assetType)).toBe(category);
});

it('defaults to a required link the process needs', () => {
  const d = makeDependency({ parentId: crypto.randomUUID(), targetType: 'asset', targetId: crypto.randomUUID() });
  expect(d).toMatchObject({ kind: 'dependency', required: true, direction: 'needs', note: '' });
  expect(dependencySchema.safeParse({ ...d, targetType: 'site' }).success).toBe(false);
  expect(dependencySchema.safeParse({ ...d, parentId: undefined }).success).toBe(false);
});

it('lists who depends on each target', () => {
  const b = new PlanBuilder().process('P').process('Q').asset('DB').vendor('Gateway').link('P', 'DB').link('Q', 'DB').link('Q', 'Gateway');
  const index = dependentsIndex(b.build().dependencies);
  expect(index.get(b.id('DB'))?.map((d) => d.parentId)).toEqual([b.id('P'), b.id('Q')]);
  expect(index.get(b.id('Gateway'))?.map((d) => d.parentId)).toEqual([b.id('Q')]);
  expect(index.get(b.id('P'))).toBeUndefined();
});
