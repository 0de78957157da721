import { IMPACT_CATEGORIES, IMPACT_LEVEL_NAMES, type ImpactCategory, type ImpactGrid, type ImpactLevel } from '../impact';
import type { Objectives } from '../objectives';
import { TIME_POINTS, formatDuration, type TimePoint } from '../timePoints';
import type { TolerableLevels } from '../tolerance';

/** Why a time point was suggested: enough for "Because financial impact reaches 3 (severe) at 8 h, above your tolerable level 2". */
export interface MtpdReason {
  category: ImpactCategory;
  timePoint: TimePoint;
  level: ImpactLevel;
  tolerable: ImpactLevel;
  /** Other categories also above tolerable at the same time point. */
  alsoAbove: ImpactCategory[];
}

export interface MtpdSuggestion {
  minutes: TimePoint;
  reason: MtpdReason;
}

/**
 * The earliest time point at which any category goes above its tolerable level: by then the
 * disruption has become intolerable, so recovery must happen before it. When several categories
 * cross at once, the reason names the one furthest above its tolerance (ties: category order).
 * Undefined when nothing becomes intolerable within two weeks.
 */
export function suggestMtpd(grid: ImpactGrid, tolerable: TolerableLevels): MtpdSuggestion | undefined {
  for (let i = 0; i < TIME_POINTS.length; i++) {
    let worst: ImpactCategory | undefined;
    let worstExcess = 0;
    const above: ImpactCategory[] = [];
    for (const category of IMPACT_CATEGORIES) {
      const excess = (grid[category][i] ?? 0) - tolerable[category];
      if (excess > 0) {
        above.push(category);
        if (excess > worstExcess) {
          worst = category;
          worstExcess = excess;
        }
      }
    }
    if (worst !== undefined) {
      const timePoint = TIME_POINTS[i] as TimePoint;
      return {
        minutes: timePoint,
        reason: {
          category: worst,
          timePoint,
          level: grid[worst][i] ?? 0,
          tolerable: tolerable[worst],
          alsoAbove: above.filter((c) => c !== worst),
        },
      };
    }
  }
  return undefined;
}

export type MtpdSource = 'override' | 'suggested' | 'none';

/** The MTPD in force, the suggestion it came from (kept even when overridden) and which one won. */
export interface ProcessMtpd {
  minutes: number | undefined;
  source: MtpdSource;
  suggestion: MtpdSuggestion | undefined;
}

export function effectiveMtpd(suggestion: MtpdSuggestion | undefined, objectives: Pick<Objectives, 'mtpdOverrideMinutes'> | undefined): ProcessMtpd {
  const override = objectives?.mtpdOverrideMinutes;
  if (override !== undefined) return { minutes: override, source: 'override', suggestion };
  if (suggestion) return { minutes: suggestion.minutes, source: 'suggested', suggestion };
  return { minutes: undefined, source: 'none', suggestion };
}

const CATEGORY_WORDS: Record<ImpactCategory, string> = {
  financial: 'financial',
  operational: 'operational',
  legal: 'legal/regulatory',
  reputational: 'reputational',
  safety: 'health & safety',
};

/** English sentence for tests, CSV and logs; the UI renders the reason through i18n. */
export function describeMtpdReason(reason: MtpdReason): string {
  return `Because ${CATEGORY_WORDS[reason.category]} impact reaches ${reason.level} (${IMPACT_LEVEL_NAMES[reason.level]}) at ${formatDuration(reason.timePoint)}, above your tolerable level ${reason.tolerable}`;
}
