import { z } from 'zod';
import { recordBase } from '../record';

export const AUDIT_EVENT_KIND = 'audit-event';

/** The chain's first event points at this instead of a predecessor. */
export const GENESIS_HASH = '0'.repeat(128);

/** What happened to the entity. `transition` is a status change (e.g. a plan version approved). */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition', 'sign', 'export', 'import', 'print', 'verify'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Before/after summaries are a line for a person, not a copy of the record. */
export const SUMMARY_MAX_CHARS = 240;

const sha512HexString = z.string().regex(/^[0-9a-f]{128}$/, 'a SHA-512 hash in lower-case hex');

/**
 * One link of the append-only audit trail. Every field except `hash` is covered by `hash`, so
 * there are deliberately no schema defaults here: a default filled in on parse would change
 * what is hashed and make an untouched event look edited.
 */
export const auditEventSchema = recordBase.extend({
  kind: z.literal(AUDIT_EVENT_KIND),
  /** 1 for the first event, then +1 for each: a gap is a deleted event. */
  seq: z.number().int().min(1),
  at: z.iso.datetime(),
  actor: z.string().trim().min(1).max(200),
  action: z.enum(AUDIT_ACTIONS),
  entityKind: z.string().min(1).max(60),
  entityId: z.string().min(1).max(100),
  /** The entity's name when the event was written, so history reads well after it is deleted. */
  entityLabel: z.string().max(200),
  before: z.string().max(SUMMARY_MAX_CHARS).nullable(),
  after: z.string().max(SUMMARY_MAX_CHARS).nullable(),
  prevHash: sha512HexString,
  hash: sha512HexString,
});

export type AuditEvent = z.infer<typeof auditEventSchema>;

/** The end of a chain: what must be kept apart from the events to notice a cut-off tail. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_CHAIN_HEAD: ChainHead = Object.freeze({ seq: 0, hash: GENESIS_HASH });
