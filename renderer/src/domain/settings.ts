import { z } from 'zod';
import { recordBase } from './record';

export const SETTINGS_KIND = 'settings';
export const DEFAULT_IDLE_MINUTES = 10;

/** Per-plan preferences. Stored encrypted like everything else, so they are read after unlock. */
export const settingsSchema = recordBase.extend({
  kind: z.literal(SETTINGS_KIND),
  idleMinutes: z.number().int().min(1).max(240).default(DEFAULT_IDLE_MINUTES),
});

export type Settings = z.infer<typeof settingsSchema>;
