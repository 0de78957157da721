import { z } from 'zod';
import { recordBase } from '../record';
import { calendarDateSchema } from './calendarDate';
import { DISCUSSION_EXERCISE_TYPES, EXERCISE_TYPES, LIVE_EXERCISE_TYPES } from './exercise';

export const EXERCISE_CADENCE_KIND = 'exercise-cadence';

/**
 * How often a kind of exercise must happen. Which completed exercises count towards it is a list
 * of types, so a business can decide that a full failover also satisfies the tabletop. Scoping
 * a cadence to processes gives risk-based frequency: a payment service may be tested twice a
 * year while the rest follow the yearly default.
 */
export const exerciseCadenceSchema = recordBase.extend({
  kind: z.literal(EXERCISE_CADENCE_KIND),
  title: z.string().trim().min(1).max(200),
  countsTypes: z.array(z.enum(EXERCISE_TYPES)).min(1),
  everyMonths: z.number().int().min(1).max(36),
  /** Empty: any exercise of the right type counts. Otherwise it must cover one of these. */
  processIds: z.array(z.uuid()).default([]),
  /** When the first one is due if none has been held yet. */
  firstDue: calendarDateSchema.optional(),
});

export type ExerciseCadence = z.infer<typeof exerciseCadenceSchema>;

/** The seed's default: tabletop exercises quarterly, live recovery tests yearly. */
export const DEFAULT_CADENCES = [
  { title: 'Tabletop exercise', countsTypes: [...DISCUSSION_EXERCISE_TYPES], everyMonths: 3 },
  { title: 'Live recovery test', countsTypes: [...LIVE_EXERCISE_TYPES], everyMonths: 12 },
] as const;

/** The default cadences as records, for a new plan. Ids and time come from the caller. */
export function defaultCadences(ids: readonly [string, string], updatedAt: string): ExerciseCadence[] {
  return DEFAULT_CADENCES.map((cadence, i) =>
    exerciseCadenceSchema.parse({ id: ids[i], kind: EXERCISE_CADENCE_KIND, updatedAt, ...cadence, countsTypes: [...cadence.countsTypes] }),
  );
}
