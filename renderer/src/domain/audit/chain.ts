import { canonicalJson, canonicalString, sha512Hex } from '../canonical';
import { newRecordId } from '../record';
import {
  AUDIT_EVENT_KIND,
  EMPTY_CHAIN_HEAD,
  GENESIS_HASH,
  SUMMARY_MAX_CHARS,
  auditEventSchema,
  type AuditAction,
  type AuditEvent,
  type ChainHead,
} from './auditEvent';

/**
 * The hash chain.
 *
 *   hash = SHA-512( UTF-8( prevHash ‖ canonicalJson(event without `hash`) ) ), in lower-case hex
 *
 * where `prevHash` is the previous event's `hash` (GENESIS_HASH, 128 zeros, for seq 1) and
 * "event without hash" is exactly these fields: id, kind, updatedAt, seq, at, actor, action,
 * entityKind, entityId, entityLabel, before, after, prevHash. Anything else a storage layer may
 * attach to the object is ignored, so it can neither break nor forge the chain.
 */
export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  return sha512Hex(event.prevHash + canonicalUnhashed(event));
}

/**
 * canonicalJson of the hashed fields, written directly in their sorted key order: the same
 * string (a property test holds it to that) about three times faster, and serialising is most of
 * the work of verifying 100,000 events. A field of an unexpected type takes the general path,
 * which writes it, or refuses it, exactly as canonicalJson does.
 */
function canonicalUnhashed(event: Omit<AuditEvent, 'hash'>): string {
  const { action, actor, after, at, before, entityId, entityKind, entityLabel, id, kind, prevHash, seq, updatedAt } = event as Record<keyof Omit<AuditEvent, 'hash'>, unknown>;
  if (
    typeof action !== 'string' || typeof actor !== 'string' || typeof at !== 'string' || typeof entityId !== 'string' ||
    typeof entityKind !== 'string' || typeof entityLabel !== 'string' || typeof id !== 'string' || typeof kind !== 'string' ||
    typeof prevHash !== 'string' || typeof updatedAt !== 'string' || typeof seq !== 'number' || !Number.isFinite(seq) ||
    (after !== null && typeof after !== 'string') || (before !== null && typeof before !== 'string')
  ) {
    return canonicalJson({ action, actor, after, at, before, entityId, entityKind, entityLabel, id, kind, prevHash, seq, updatedAt });
  }
  const q = canonicalString;
  return (
    `{"action":${q(action)},"actor":${q(actor)},"after":${after === null ? 'null' : q(after)},"at":${q(at)},` +
    `"before":${before === null ? 'null' : q(before)},"entityId":${q(entityId)},"entityKind":${q(entityKind)},` +
    `"entityLabel":${q(entityLabel)},"id":${q(id)},"kind":${q(kind)},"prevHash":${q(prevHash)},` +
    `"seq":${JSON.stringify(seq)},"updatedAt":${q(updatedAt)}}`
  );
}

export interface AuditEventInput {
  /** When the change happened (ISO 8601, UTC). Passed in: the domain never reads the clock. */
  at: string;
  actor: string;
  action: AuditAction;
  entityKind: string;
  entityId: string;
  entityLabel?: string;
  before?: string | null;
  after?: string | null;
  /** Only for tests and imports; a fresh UUID otherwise. */
  id?: string;
}

/**
 * The next event after `prev` (null, or EMPTY_CHAIN_HEAD, for the first). Pass the previous
 * event itself or just its head. Throws a ZodError for input the schema refuses (e.g. a time
 * that is not ISO 8601 UTC, or no actor). The caller stores it in the same transaction as the change
 * it records, together with the new head (see verifyAgainstHead).
 */
export function appendEvent(prev: ChainHead | null, input: AuditEventInput): AuditEvent {
  const head = prev ?? EMPTY_CHAIN_HEAD;
  const unhashed: Omit<AuditEvent, 'hash'> = {
    id: input.id ?? newRecordId(),
    kind: AUDIT_EVENT_KIND,
    updatedAt: input.at,
    seq: head.seq + 1,
    at: input.at,
    actor: input.actor.trim(),
    action: input.action,
    entityKind: input.entityKind,
    entityId: input.entityId,
    entityLabel: input.entityLabel ?? '',
    before: shortSummary(input.before),
    after: shortSummary(input.after),
    prevHash: head.hash,
  };
  // Refuse a malformed event now rather than write one that later reads as tampered.
  return auditEventSchema.parse({ ...unhashed, hash: hashAuditEvent(unhashed) });
}

/** Cuts a summary to SUMMARY_MAX_CHARS characters without splitting a character in two. */
export function shortSummary(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  return chars.length <= SUMMARY_MAX_CHARS ? oneLine : `${chars.slice(0, SUMMARY_MAX_CHARS - 1).join('')}…`;
}

export type ChainBreakReason = 'edited' | 'missing' | 'reordered' | 'bad-genesis';

export type ChainVerdict =
  | { ok: true; head: ChainHead }
  | {
      ok: false;
      /**
       * Every event with a lower seq is proven intact and in place; from this one on, nothing
       * can be trusted. When two neighbours are each self-consistent but the later one records a
       * different predecessor hash, either could be the altered one (an event edited and
       * re-hashed leaves exactly that), so the earlier of the two is reported.
       */
      firstBrokenSeq: number;
      reason: ChainBreakReason;
    };

/**
 * Walks the events in the order given (the order they are stored in) and reports the first
 * broken link:
 * - `bad-genesis`: the first event is not seq 1 pointing at GENESIS_HASH (and no seq 1 exists);
 * - `missing`: a seq number is skipped and appears nowhere else (a deleted event);
 * - `reordered`: the expected seq number is present but elsewhere, or a seq repeats;
 * - `edited`: an event's content does not match its own hash, or its hash does not match what
 *   the next event recorded as its predecessor (edited and re-hashed).
 *
 * What the chain alone cannot show: events cut off the end, or a tail rewritten from some
 * point on with fresh hashes. Both leave a shorter or different but self-consistent chain.
 * Keep the head apart from the events and compare with verifyAgainstHead.
 */
export function verifyChain(events: readonly AuditEvent[]): ChainVerdict {
  let prev: AuditEvent | undefined;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as AuditEvent;
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (event.seq !== expectedSeq) {
      return { ok: false, firstBrokenSeq: expectedSeq, reason: explainSeqBreak(events, i, expectedSeq) };
    }
    if (!prev && event.prevHash !== GENESIS_HASH) {
      return { ok: false, firstBrokenSeq: 1, reason: 'bad-genesis' };
    }
    if (!hashMatches(event)) {
      return { ok: false, firstBrokenSeq: event.seq, reason: 'edited' };
    }
    if (prev && event.prevHash !== prev.hash) {
      return { ok: false, firstBrokenSeq: prev.seq, reason: 'edited' };
    }
    prev = event;
  }
  return { ok: true, head: prev ? { seq: prev.seq, hash: prev.hash } : { ...EMPTY_CHAIN_HEAD } };
}

function hashMatches(event: AuditEvent): boolean {
  try {
    return hashAuditEvent(event) === event.hash;
  } catch {
    // A field missing or of the wrong type after tampering is an edit, not a crash.
    return false;
  }
}

function explainSeqBreak(events: readonly AuditEvent[], at: number, expectedSeq: number): ChainBreakReason {
  const found = events[at]?.seq as number;
  // Only looked up once, on failure, so the happy path stays a single pass.
  if (events.some((e, j) => j !== at && e.seq === expectedSeq)) return 'reordered';
  if (Number.isInteger(found) && found > expectedSeq) return 'missing';
  return at === 0 ? 'bad-genesis' : 'reordered';
}

export type HeadVerdict =
  | ChainVerdict
  | {
      ok: false;
      firstBrokenSeq: number;
      /** `truncated`: the stored head is beyond the chain's end. `head-mismatch`: the chain
       * reaches the stored head's seq but with a different hash, so it was rewritten. */
      reason: 'truncated' | 'head-mismatch';
    };

/**
 * verifyChain, plus the check only a separately kept head allows: that the chain still reaches
 * the head recorded when the last event was written (kept with the vault's metadata, and printed
 * in the evidence pack). A chain that has grown since the head was taken is fine as long as the
 * event at the head's seq still has the head's hash.
 */
export function verifyAgainstHead(events: readonly AuditEvent[], storedHead: ChainHead): HeadVerdict {
  const verdict = verifyChain(events);
  if (!verdict.ok) return verdict;
  if (verdict.head.seq < storedHead.seq) {
    return { ok: false, firstBrokenSeq: verdict.head.seq + 1, reason: 'truncated' };
  }
  const atStoredSeq = storedHead.seq === 0 ? EMPTY_CHAIN_HEAD : events[storedHead.seq - 1];
  if (!atStoredSeq || atStoredSeq.hash !== storedHead.hash) {
    // The tail was rewritten from some unknown point; only the head seq itself is certain.
    return { ok: false, firstBrokenSeq: storedHead.seq, reason: 'head-mismatch' };
  }
  return verdict;
}
