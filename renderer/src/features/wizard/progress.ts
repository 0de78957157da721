import { z } from 'zod';
import { recordBase } from '../../domain/record';

/** Where the owner is in the wizard, so it reopens there after a reload or a lock (one per plan). */
export const WIZARD_PROGRESS_KIND = 'wizard-progress';

export const WIZARD_STEPS = ['business', 'processes', 'impact', 'topFive', 'objectives', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export const LAST_STEP = WIZARD_STEPS.length - 1;

export const wizardProgressSchema = recordBase.extend({
  kind: z.literal(WIZARD_PROGRESS_KIND),
  step: z.number().int().min(0).max(LAST_STEP),
  /** The furthest step reached; the stepper lets the owner jump back and forth up to here. */
  furthest: z.number().int().min(0).max(LAST_STEP).default(0),
  /** The process open in steps 3 and 5. */
  processId: z.uuid().optional(),
});

export type WizardProgress = z.infer<typeof wizardProgressSchema>;
