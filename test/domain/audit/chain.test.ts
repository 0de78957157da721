import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_CHAIN_HEAD,
  GENESIS_HASH,
  SUMMARY_MAX_CHARS,
  appendEvent,
  auditEventSchema,
  hashAuditEvent,
  verifyAgainstHead,
  verifyChain,
  type AuditEvent,
  type AuditEventInput,
} from '../../../renderer/src/domain/audit';
import { canonicalJson, sha512Hex } from '../../../renderer/src/domain/canonical';

function input(i: number): AuditEventInput {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    at: new Date(Date.UTC(2025, 0, 1, 9, 0, i)).toISOString(),
    actor: i % 2 ? 'Amal Haddad' : 'Ben Ortiz',
    action: 'update',
    entityKind: 'runbook',
    entityId: '11111111-1111-4111-8111-111111111111',
    entityLabel: 'Database failover',
    before: `RTO ${60 + i} min`,
    after: `RTO ${30 + i} min`,
  };
}

function buildChain(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < length; i++) events.push(appendEvent(events.at(-1) ?? null, input(i)));
  return events;
}

/** What an attacker who knows the algorithm does: change an event, then fix its own hash. */
function rehash(event: Omit<AuditEvent, 'hash'>): AuditEvent {
  return { ...event, hash: hashAuditEvent(event) };
}

/** Rewrites the chain from `from` (0-based) onward so every link is consistent again. */
function rechainFrom(events: AuditEvent[], from: number): AuditEvent[] {
  const out = events.slice(0, from);
  for (let i = from; i < events.length; i++) {
    const prev = out.at(-1);
    out.push(rehash({ ...(events[i] as AuditEvent), seq: prev ? prev.seq + 1 : 1, prevHash: prev ? prev.hash : GENESIS_HASH }));
  }
  return out;
}

function replaceAt(events: AuditEvent[], index: number, event: AuditEvent): AuditEvent[] {
  return events.map((e, i) => (i === index ? event : e));
}

function swap(events: AuditEvent[], i: number, j: number): AuditEvent[] {
  const out = [...events];
  [out[i], out[j]] = [out[j] as AuditEvent, out[i] as AuditEvent];
  return out;
}

const chain = buildChain(10);
const last = chain.at(-1) as AuditEvent;

describe('appendEvent', () => {
  it('starts at seq 1 from the genesis hash and links each event to the previous one', () => {
    expect(chain[0]).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    for (let i = 1; i < chain.length; i++) {
      expect(chain[i]?.seq).toBe(i + 1);
      expect(chain[i]?.prevHash).toBe(chain[i - 1]?.hash);
    }
  });

  it('hashes prevHash followed by the canonical event without its hash', () => {
    const event = chain[3] as AuditEvent;
    const { hash, ...rest } = event;
    expect(hash).toBe(sha512Hex(event.prevHash + canonicalJson(rest)));
  });

  it('hashes exactly the documented fields, in canonical form, whatever their values', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\u0000', '\ud800', 'é😀'));
    const anything = fc.oneof(text, fc.double(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
    const fields = ['id', 'kind', 'updatedAt', 'seq', 'at', 'actor', 'action', 'entityKind', 'entityId', 'entityLabel', 'before', 'after', 'prevHash'] as const;
    fc.assert(
      fc.property(fc.record(Object.fromEntries(fields.map((f) => [f, fc.oneof({ weight: 4, arbitrary: f === 'seq' ? fc.integer() : text }, { weight: 1, arbitrary: anything })]))), (event) => {
        const e = event as unknown as AuditEvent;
        let expected: string | Error;
        try {
          expected = sha512Hex(String(e.prevHash) + canonicalJson(event));
        } catch (error) {
          expected = error as Error;
        }
        if (typeof expected === 'string') expect(hashAuditEvent(e)).toBe(expected);
        else expect(() => hashAuditEvent(e)).toThrow(expected.constructor as new () => Error);
      }),
      { numRuns: 500 },
    );
  });

  it('writes events the schema accepts unchanged, so parsing never alters what was hashed', () => {
    for (const event of chain) expect(auditEventSchema.parse(event)).toEqual(event);
  });

  it('accepts the empty head as the start, like null', () => {
    expect(appendEvent(EMPTY_CHAIN_HEAD, input(0))).toEqual(chain[0]);
  });

  it.each<[string, Partial<AuditEventInput>]>([
    ['a time with an offset instead of UTC', { at: '2025-01-01T12:00:00+03:00' }],
    ['a time that is not a time', { at: 'yesterday' }],
    ['no actor', { actor: '   ' }],
    ['an unknown action', { action: 'erase' as AuditEventInput['action'] }],
    ['no entity id', { entityId: '' }],
  ])('refuses to write %s', (_name, change) => {
    expect(() => appendEvent(last, { ...input(10), ...change })).toThrow();
  });

  it('keeps summaries to one short line, never splitting a character', () => {
    const event = appendEvent(null, { ...input(0), before: 'line one\n  line two', after: '😀'.repeat(300) });
    expect(event.before).toBe('line one line two');
    expect(Array.from(event.after ?? '')).toHaveLength(SUMMARY_MAX_CHARS);
    expect(event.after?.endsWith('😀…')).toBe(true);
    expect(auditEventSchema.safeParse(event).success).toBe(true);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    expect(verifyChain(chain)).toEqual({ ok: true, head: { seq: 10, hash: last.hash } });
  });

  it('accepts the empty chain with the genesis head', () => {
    expect(verifyChain([])).toEqual({ ok: true, head: { seq: 0, hash: GENESIS_HASH } });
  });

  it.each([
    ['actor', { actor: 'Mallory' }],
    ['time', { at: '2025-01-01T08:00:00.000Z' }],
    ['action', { action: 'delete' as const }],
    ['entity', { entityId: '22222222-2222-4222-8222-222222222222' }],
    ['label', { entityLabel: 'Other' }],
    ['before summary', { before: null }],
    ['after summary', { after: 'RTO 5 min' }],
    ['id', { id: '99999999-9999-4999-8999-999999999999' }],
    ['updatedAt', { updatedAt: '2030-01-01T00:00:00.000Z' }],
    ['prevHash', { prevHash: 'a'.repeat(128) }],
    ['hash', { hash: 'b'.repeat(128) }],
  ])('detects an edited %s at that event', (_field, change) => {
    const tampered = replaceAt(chain, 4, { ...(chain[4] as AuditEvent), ...change });
    expect(verifyChain(tampered)).toEqual({ ok: false, firstBrokenSeq: 5, reason: 'edited' });
  });

  it('detects an edited event whose own hash was recomputed, at that event', () => {
    const tampered = replaceAt(chain, 4, rehash({ ...(chain[4] as AuditEvent), actor: 'Mallory' }));
    expect(verifyChain(tampered)).toEqual({ ok: false, firstBrokenSeq: 5, reason: 'edited' });
  });

  it('treats a missing field as an edit rather than failing', () => {
    const { actor: _actor, ...withoutActor } = chain[2] as AuditEvent;
    const tampered = replaceAt(chain, 2, withoutActor as AuditEvent);
    expect(verifyChain(tampered)).toEqual({ ok: false, firstBrokenSeq: 3, reason: 'edited' });
  });

  it('ignores fields a storage layer attaches, which are not part of the event', () => {
    const withExtra = chain.map((e) => ({ ...e, table: 'audit' }) as AuditEvent);
    expect(verifyChain(withExtra).ok).toBe(true);
  });

  it.each([
    ['the first event', 0, 1],
    ['a middle event', 4, 5],
    ['the event before the last (last but head)', 8, 9],
  ])('detects deletion of %s', (_name, index, seq) => {
    const tampered = chain.filter((_, i) => i !== index);
    expect(verifyChain(tampered)).toEqual({ ok: false, firstBrokenSeq: seq, reason: 'missing' });
  });

  it('detects several deleted events at the first gap', () => {
    const tampered = chain.filter((_, i) => i !== 3 && i !== 4 && i !== 7);
    expect(verifyChain(tampered)).toEqual({ ok: false, firstBrokenSeq: 4, reason: 'missing' });
  });

  it.each([
    ['the first two', 0, 1, 1],
    ['two middle events', 4, 5, 5],
    ['two distant events', 2, 7, 3],
    ['the last two', 8, 9, 9],
  ])('detects reordering of %s', (_name, i, j, seq) => {
    expect(verifyChain(swap(chain, i, j))).toEqual({ ok: false, firstBrokenSeq: seq, reason: 'reordered' });
  });

  it('detects a reordering that also renumbered and re-hashed the moved events', () => {
    const swapped = swap(chain, 4, 5);
    const renumbered = replaceAt(
      replaceAt(swapped, 4, rehash({ ...(swapped[4] as AuditEvent), seq: 5 })),
      5,
      rehash({ ...(swapped[5] as AuditEvent), seq: 6 }),
    );
    expect(verifyChain(renumbered)).toEqual({ ok: false, firstBrokenSeq: 4, reason: 'edited' });
  });

  it('detects a repeated event', () => {
    const tampered = [...chain.slice(0, 6), chain[5] as AuditEvent, ...chain.slice(6)];
    expect(verifyChain(tampered)).toEqual({ ok: false, firstBrokenSeq: 7, reason: 'reordered' });
  });

  it.each([
    ['a first event pointing at something other than the genesis hash', () => replaceAt(chain, 0, rehash({ ...(chain[0] as AuditEvent), prevHash: 'c'.repeat(128) }))],
    ['a first event numbered 0', () => replaceAt(chain, 0, rehash({ ...(chain[0] as AuditEvent), seq: 0 }))],
    ['a whole chain forged from another genesis', () => rechainFrom(replaceAt(chain, 0, rehash({ ...(chain[0] as AuditEvent), prevHash: 'c'.repeat(128) })), 1)],
  ])('detects a bad genesis: %s', (_name, make) => {
    expect(verifyChain(make())).toEqual({ ok: false, firstBrokenSeq: 1, reason: 'bad-genesis' });
  });

  it('detects any single changed value anywhere in the chain', () => {
    const fields = ['seq', 'at', 'actor', 'action', 'entityKind', 'entityId', 'entityLabel', 'before', 'after', 'prevHash', 'hash', 'id', 'updatedAt'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: chain.length - 1 }),
        fc.constantFrom(...fields),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        (index, field, value) => {
          const original = chain[index] as AuditEvent;
          fc.pre(original[field] !== value);
          const tampered = replaceAt(chain, index, { ...original, [field]: value } as AuditEvent);
          const verdict = verifyChain(tampered);
          expect(verdict.ok).toBe(false);
          if (!verdict.ok) expect(verdict.firstBrokenSeq).toBeLessThanOrEqual(index + 1);
        },
      ),
    );
  });
});

describe('verifyAgainstHead: what the chain alone cannot show', () => {
  const storedHead = { seq: last.seq, hash: last.hash };

  it('accepts the intact chain', () => {
    expect(verifyAgainstHead(chain, storedHead)).toEqual({ ok: true, head: storedHead });
  });

  it('accepts a chain that has grown since the head was stored', () => {
    const grown = [...chain, appendEvent(last, input(10))];
    expect(verifyAgainstHead(grown, storedHead).ok).toBe(true);
  });

  it('detects the last event cut off, which the chain alone accepts', () => {
    const truncated = chain.slice(0, -1);
    expect(verifyChain(truncated).ok).toBe(true);
    expect(verifyAgainstHead(truncated, storedHead)).toEqual({ ok: false, firstBrokenSeq: 10, reason: 'truncated' });
  });

  it('detects the whole trail deleted', () => {
    expect(verifyAgainstHead([], storedHead)).toEqual({ ok: false, firstBrokenSeq: 1, reason: 'truncated' });
  });

  it('detects the last event edited and re-hashed, which the chain alone accepts', () => {
    const tampered = replaceAt(chain, 9, rehash({ ...last, after: 'RTO 1 min' }));
    expect(verifyChain(tampered).ok).toBe(true);
    expect(verifyAgainstHead(tampered, storedHead)).toEqual({ ok: false, firstBrokenSeq: 10, reason: 'head-mismatch' });
  });

  it('detects a tail rewritten from a middle event with every link recomputed', () => {
    const rewritten = rechainFrom(replaceAt(chain, 3, { ...(chain[3] as AuditEvent), actor: 'Mallory' }), 3);
    expect(verifyChain(rewritten).ok).toBe(true);
    expect(verifyAgainstHead(rewritten, storedHead)).toEqual({ ok: false, firstBrokenSeq: 10, reason: 'head-mismatch' });
  });

  it('detects a middle event deleted and the rest renumbered and re-chained', () => {
    const rewritten = rechainFrom(chain.filter((_, i) => i !== 4), 4);
    expect(verifyChain(rewritten).ok).toBe(true);
    expect(verifyAgainstHead(rewritten, storedHead)).toEqual({ ok: false, firstBrokenSeq: 10, reason: 'truncated' });
  });

  it('still reports a broken chain as such', () => {
    expect(verifyAgainstHead(swap(chain, 1, 2), storedHead)).toEqual({ ok: false, firstBrokenSeq: 2, reason: 'reordered' });
  });
});
