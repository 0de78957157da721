import { z } from 'zod';
import { recordBase } from './record';
import { IMPACT_CATEGORIES, impactLevelSchema, type ImpactCategory, type ImpactLevel, type ToleranceOverrides } from './impact';

/**
 * Defaults when the owner has not chosen: moderate harm is bearable for a while, but any harm to
 * people's health and safety beyond "minor" is not.
 */
export const DEFAULT_TOLERABLE_LEVELS: Record<ImpactCategory, ImpactLevel> = {
  financial: 2,
  operational: 2,
  legal: 2,
  reputational: 2,
  safety: 1,
};

export const IMPACT_TOLERANCE_KIND = 'impactTolerance';

/** The organisation-wide tolerable level per category (one record per plan). */
export const impactToleranceSchema = recordBase.extend({
  kind: z.literal(IMPACT_TOLERANCE_KIND),
  levels: z
    .object({
      financial: impactLevelSchema.default(DEFAULT_TOLERABLE_LEVELS.financial),
      operational: impactLevelSchema.default(DEFAULT_TOLERABLE_LEVELS.operational),
      legal: impactLevelSchema.default(DEFAULT_TOLERABLE_LEVELS.legal),
      reputational: impactLevelSchema.default(DEFAULT_TOLERABLE_LEVELS.reputational),
      safety: impactLevelSchema.default(DEFAULT_TOLERABLE_LEVELS.safety),
    })
    .default(DEFAULT_TOLERABLE_LEVELS),
});

export type ImpactTolerance = z.infer<typeof impactToleranceSchema>;
export type TolerableLevels = Record<ImpactCategory, ImpactLevel>;

/** The tolerable level that applies to one process: its override, else the organisation's default. */
export function effectiveTolerance(
  organisationLevels: TolerableLevels = DEFAULT_TOLERABLE_LEVELS,
  overrides: ToleranceOverrides = {},
): TolerableLevels {
  const out = { ...organisationLevels };
  for (const category of IMPACT_CATEGORIES) {
    const level = overrides[category];
    if (level !== undefined) out[category] = level;
  }
  return out;
}
