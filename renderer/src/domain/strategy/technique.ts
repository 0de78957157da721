import { z } from 'zod';
import { wholeMinutesSchema } from '../duration';

/**
 * What a recovery strategy actually does, with the parameters that decide what it can achieve.
 * Each type carries its own defaults so `techniqueSchema.parse({ type })` yields a sensible start.
 * Backups are three types rather than one with a "method" field because their defaults differ
 * (nightly vs every 15 min) and a gap suggestion names the type to add.
 */

const minutes = (fallback: number) => wholeMinutesSchema.default(fallback);

export const backupFullSchema = z.object({
  type: z.literal('backup-full'),
  intervalMinutes: minutes(1440),
  restoreMinutes: minutes(240),
});

export const backupIncrementalSchema = z.object({
  type: z.literal('backup-incremental'),
  intervalMinutes: minutes(1440),
  /** Restoring the last full backup and then every increment after it. */
  restoreMinutes: minutes(360),
});

/** Transaction-log backups or log shipping (e.g. Postgres WAL archiving). */
export const backupLogSchema = z.object({
  type: z.literal('backup-log'),
  intervalMinutes: minutes(15),
  restoreMinutes: minutes(120),
});

export const replicationSchema = z.object({
  type: z.literal('replication'),
  mode: z.enum(['sync', 'async']).default('async'),
  /** Typical lag of an asynchronous replica; ignored for synchronous replication. */
  lagMinutes: minutes(1),
  /** Deciding, promoting the replica and repointing the application. */
  failoverMinutes: minutes(15),
});

/** A managed synchronous standby in another zone (e.g. RDS Multi-AZ): automatic, no data loss. */
export const multiAzSchema = z.object({
  type: z.literal('multi-az'),
  failoverMinutes: minutes(5),
});

export const regionFailoverSchema = z.object({
  type: z.literal('region-failover'),
  /** Cross-region replication is asynchronous, so it loses what had not yet crossed. */
  replicationLagMinutes: minutes(15),
  failoverMinutes: minutes(60),
});

export const dnsFailoverSchema = z.object({
  type: z.literal('dns-failover'),
  ttlSeconds: z.number().int().min(0).max(86_400).default(60),
  /** How long the health check takes to declare the primary down. */
  detectionMinutes: minutes(1),
});

export const snapshotSchema = z.object({
  type: z.literal('snapshot'),
  intervalMinutes: minutes(1440),
  restoreMinutes: minutes(30),
});

/** Offline or offsite copies: the one copy ransomware cannot reach, if offline and versioned. */
export const offsiteCopySchema = z.object({
  type: z.literal('offsite-copy'),
  intervalMinutes: minutes(10080),
  restoreMinutes: minutes(1440),
  offline: z.boolean().default(true),
  versioned: z.boolean().default(true),
  encrypted: z.boolean().default(true),
});

export const alternateSiteSchema = z.object({
  type: z.literal('alternate-site'),
  readyMinutes: minutes(1440),
});

export const alternateSupplierSchema = z.object({
  type: z.literal('alternate-supplier'),
  switchMinutes: minutes(1440),
});

/** A static or cached copy of the shop front (e.g. served from a CDN) while the origin is down. */
export const staticStorefrontSchema = z.object({
  type: z.literal('static-storefront'),
  switchMinutes: minutes(15),
});

export const manualWorkaroundSchema = z.object({
  type: z.literal('manual-workaround'),
  readyMinutes: minutes(60),
});

/** Pays for the loss; restores nothing, so it has no RTO or RPO of its own. */
export const insuranceSchema = z.object({
  type: z.literal('insurance'),
  /** Maximum pay-out, in whole units of the plan's currency. */
  coverAmount: z.number().int().min(0).default(0),
});

export const techniqueSchema = z.discriminatedUnion('type', [
  backupFullSchema,
  backupIncrementalSchema,
  backupLogSchema,
  replicationSchema,
  multiAzSchema,
  regionFailoverSchema,
  dnsFailoverSchema,
  snapshotSchema,
  offsiteCopySchema,
  alternateSiteSchema,
  alternateSupplierSchema,
  staticStorefrontSchema,
  manualWorkaroundSchema,
  insuranceSchema,
]);

export type Technique = z.infer<typeof techniqueSchema>;
export type StrategyType = Technique['type'];
export type TechniqueOf<T extends StrategyType> = Extract<Technique, { type: T }>;

export const STRATEGY_TYPES = techniqueSchema.options.map((option) => option.shape.type.value) as StrategyType[];

export function defaultTechnique<T extends StrategyType>(type: T): TechniqueOf<T> {
  return techniqueSchema.parse({ type }) as TechniqueOf<T>;
}
