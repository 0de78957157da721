import { z } from 'zod';
import { recordBase } from '../record';
import { wholeMinutesSchema } from '../duration';
import { techniqueSchema } from './technique';

export const RECOVERY_STRATEGY_KIND = 'recoveryStrategy';

/** Whole units of the plan's currency: budget estimates, where cents only add noise and rounding. */
export const costSchema = z.number().int().min(0).max(1_000_000_000);

/**
 * One chosen strategy. parentId is the process it protects (or the asset, for shared
 * infrastructure); several strategies per process combine (see achievableForProcess).
 */
export const recoveryStrategySchema = recordBase.extend({
  kind: z.literal(RECOVERY_STRATEGY_KIND),
  parentId: z.uuid(),
  /** Optional name people use for it ("Postgres WAL to S3"); the technique describes it otherwise. */
  name: z.string().trim().max(200).default(''),
  technique: techniqueSchema,
  /** From deciding to invoke to the strategy starting work: call-out, approvals, travel. */
  activationMinutes: wholeMinutesSchema.default(0),
  owner: z.string().trim().max(200).default(''),
  oneOffCost: costSchema.default(0),
  yearlyCost: costSchema.default(0),
  notes: z.string().max(5000).default(''),
});

export type RecoveryStrategy = z.infer<typeof recoveryStrategySchema>;
