import { z } from 'zod';
import { recordBase } from './record';
import { TIME_POINTS, timePointIndex, timePointSchema, type TimePoint } from './timePoints';

export const IMPACT_CATEGORIES = ['financial', 'operational', 'legal', 'reputational', 'safety'] as const;
export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];
export const impactCategorySchema = z.enum(IMPACT_CATEGORIES);

/** 0 none, 1 minor, 2 moderate, 3 severe, 4 critical. */
export const IMPACT_LEVELS = [0, 1, 2, 3, 4] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];
export const MAX_IMPACT_LEVEL: ImpactLevel = 4;
export const impactLevelSchema = z.literal(IMPACT_LEVELS);

/** English names of the levels, for describeWarning and CSV; the UI has its own catalogue. */
export const IMPACT_LEVEL_NAMES: Record<ImpactLevel, string> = {
  0: 'none',
  1: 'minor',
  2: 'moderate',
  3: 'severe',
  4: 'critical',
};

/** One category's levels at each time point, in TIME_POINTS order. */
export type ImpactRow = ImpactLevel[];
export type ImpactGrid = Record<ImpactCategory, ImpactRow>;

/**
 * Impact never decreases over time: a disruption that has hurt for 4 h hurts at least as much at 8 h.
 * So each later point carries the previous value forward when it is lower.
 */
export function carryForward(row: readonly ImpactLevel[]): ImpactRow {
  const out: ImpactRow = [];
  let floor: ImpactLevel = 0;
  for (let i = 0; i < TIME_POINTS.length; i++) {
    const level: ImpactLevel = row[i] ?? floor;
    floor = level > floor ? level : floor;
    out.push(floor);
  }
  return out;
}

export function normaliseGrid(grid: ImpactGrid): ImpactGrid {
  return mapGrid((category) => carryForward(grid[category]));
}

export function emptyGrid(): ImpactGrid {
  return mapGrid(() => TIME_POINTS.map((): ImpactLevel => 0));
}

function mapGrid(rowFor: (category: ImpactCategory) => ImpactRow): ImpactGrid {
  return {
    financial: rowFor('financial'),
    operational: rowFor('operational'),
    legal: rowFor('legal'),
    reputational: rowFor('reputational'),
    safety: rowFor('safety'),
  };
}

/** Storage keeps grids normalised, so every reader sees the carried-forward values. */
const impactRowSchema = z
  .array(impactLevelSchema)
  .length(TIME_POINTS.length)
  .transform((row) => carryForward(row));

export const impactGridSchema = z.object({
  financial: impactRowSchema,
  operational: impactRowSchema,
  legal: impactRowSchema,
  reputational: impactRowSchema,
  safety: impactRowSchema,
});

export const toleranceLevelsSchema = z.partialRecord(impactCategorySchema, impactLevelSchema);
export type ToleranceOverrides = z.infer<typeof toleranceLevelsSchema>;

export const impactJustificationSchema = z.object({
  category: impactCategorySchema,
  timePoint: timePointSchema,
  // One line, so it fits a grid cell's tooltip and a CSV notes line.
  text: z.string().trim().min(1).max(500).regex(/^[^\r\n]*$/, 'Use a single line'),
});
export type ImpactJustification = z.infer<typeof impactJustificationSchema>;

export const IMPACT_ASSESSMENT_KIND = 'impactAssessment';

/**
 * The impact grid of one process (process × category × time point), kept as one record per process
 * (parentId = the process) because the grid is always read and edited whole.
 */
export const impactAssessmentSchema = recordBase.extend({
  kind: z.literal(IMPACT_ASSESSMENT_KIND),
  parentId: z.uuid(),
  levels: impactGridSchema.default(emptyGrid),
  /** Per-process tolerable levels; a category missing here uses the organisation-wide default. */
  tolerableOverrides: toleranceLevelsSchema.default({}),
  justifications: z.array(impactJustificationSchema).max(TIME_POINTS.length * IMPACT_CATEGORIES.length).default([]),
});

export type ImpactAssessment = z.infer<typeof impactAssessmentSchema>;

/**
 * Sets one cell. Later points are raised to at least the new level; a level below the previous point
 * is raised to it, because the grid can never decrease (lower the earlier point first).
 */
export function setImpactLevel(grid: ImpactGrid, category: ImpactCategory, point: TimePoint, level: ImpactLevel): ImpactGrid {
  const row = [...grid[category]];
  row[timePointIndex(point)] = level;
  return { ...grid, [category]: carryForward(row) };
}

/**
 * "Copy row forward": every category's level at `from` is copied to the next time point
 * (or, with toEnd, to every later point), as when the user says "same as before".
 */
export function copyRowForward(grid: ImpactGrid, from: TimePoint, options: { toEnd?: boolean } = {}): ImpactGrid {
  const start = timePointIndex(from);
  const end = options.toEnd ? TIME_POINTS.length - 1 : Math.min(start + 1, TIME_POINTS.length - 1);
  return mapGrid((category) => {
    const row = [...grid[category]];
    const value = row[start] ?? 0;
    for (let i = start + 1; i <= end; i++) row[i] = value;
    return carryForward(row);
  });
}

export function levelAt(grid: ImpactGrid, category: ImpactCategory, point: TimePoint): ImpactLevel {
  return grid[category][timePointIndex(point)] ?? 0;
}

/** The highest level anywhere in the grid: with carry-forward, each row's last cell. */
export function peakImpact(grid: ImpactGrid): ImpactLevel {
  let peak: ImpactLevel = 0;
  for (const category of IMPACT_CATEGORIES) {
    for (const level of grid[category]) if (level > peak) peak = level;
  }
  return peak;
}
