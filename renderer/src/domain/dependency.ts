import { z } from 'zod';
import type { AssetType } from './asset';
import { newRecordId, recordBase } from './record';

export const DEPENDENCY_KIND = 'dependency';

/**
 * What a process can depend on. Sites and data items are assets (type "site" / "data-store"),
 * so they share one capability model; a person or role is a Contact.
 */
export const DEPENDENCY_TARGET_TYPES = ['asset', 'vendor', 'contact'] as const;
export type DependencyTargetType = (typeof DEPENDENCY_TARGET_TYPES)[number];

/**
 * "needs": the process cannot run without the target (the usual case, and the only one the
 * roll-down checks). "supplies": the target relies on this process's output.
 */
export const DEPENDENCY_DIRECTIONS = ['needs', 'supplies'] as const;
export type DependencyDirection = (typeof DEPENDENCY_DIRECTIONS)[number];

/** A link from a process (parentId) to something it relies on. */
export const dependencySchema = recordBase.extend({
  kind: z.literal(DEPENDENCY_KIND),
  parentId: z.uuid(),
  targetType: z.enum(DEPENDENCY_TARGET_TYPES),
  targetId: z.uuid(),
  direction: z.enum(DEPENDENCY_DIRECTIONS).default('needs'),
  required: z.boolean().default(true),
  /** Who to call about this link, when the target itself names nobody. */
  contactId: z.uuid().optional(),
  note: z.string().trim().max(1000).default(''),
});

export type Dependency = z.infer<typeof dependencySchema>;
export type DependencyInput = Omit<z.input<typeof dependencySchema>, 'id' | 'kind' | 'updatedAt'> & { id?: string; updatedAt?: string };

export function makeDependency(input: DependencyInput, now: Date = new Date()): Dependency {
  return dependencySchema.parse({ id: newRecordId(), updatedAt: now.toISOString(), ...input, kind: DEPENDENCY_KIND });
}

/** The headings the wizard and the dependency view group links under. */
export const DEPENDENCY_CATEGORIES = ['infrastructure', 'site', 'data', 'third-party', 'people'] as const;
export type DependencyCategory = (typeof DEPENDENCY_CATEGORIES)[number];

/** Which heading a link belongs under; for an asset this follows its type (site, data store, or other infrastructure). */
export function dependencyCategory(targetType: DependencyTargetType, assetType?: AssetType): DependencyCategory {
  if (targetType === 'vendor') return 'third-party';
  if (targetType === 'contact') return 'people';
  if (assetType === 'site') return 'site';
  if (assetType === 'data-store') return 'data';
  return 'infrastructure';
}
