import { z } from 'zod';
import { recordBase } from './record';

export const TOP_FIVE_KIND = 'topFiveSelection';
export const TOP_FIVE_SIZE = 5;

export const topFiveEntrySchema = z.object({
  processId: z.uuid(),
  /** Why the user placed this process differently from the suggested ranking; one line. */
  reason: z.string().trim().max(300).regex(/^[^\r\n]*$/, 'Use a single line').default(''),
});
export type TopFiveEntry = z.infer<typeof topFiveEntrySchema>;

/** The user's top five, in their order (one record per plan). Also where "ready for sign-off" is marked. */
export const topFiveSelectionSchema = recordBase.extend({
  kind: z.literal(TOP_FIVE_KIND),
  entries: z
    .array(topFiveEntrySchema)
    .max(TOP_FIVE_SIZE)
    .refine((entries) => new Set(entries.map((e) => e.processId)).size === entries.length, 'A process can be chosen only once')
    .default([]),
  readyForSignOffAt: z.iso.datetime().optional(),
});

export type TopFiveSelection = z.infer<typeof topFiveSelectionSchema>;

/** 1-based rank of a process in the top five, or undefined when it is not one of them. */
export function criticalRank(selection: TopFiveSelection | undefined, processId: string): number | undefined {
  const index = selection?.entries.findIndex((e) => e.processId === processId) ?? -1;
  return index < 0 ? undefined : index + 1;
}
