import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../renderer/src/vault/canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('parses back to the value JSON would give, and is stable under re-serialisation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('omits undefined properties, as optional fields are often present-but-undefined', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });

  it('refuses what JSON would silently change', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [Number.NaN, Infinity, [undefined], new Date(0), new Uint8Array(2), new Map(), 1n, () => 1, Symbol('s'), cyclic]) {
      expect(() => canonicalJson({ bad })).toThrowError(TypeError);
    }
  });
});

describe('row plaintext', () => {
  it('is exactly the canonical JSON of { record, table, v }, with or without a remembered record text', async () => {
    const { rowPlaintext } = await import('../../renderer/src/vault/recordCipher');
    const { rememberCanonical } = await import('../../renderer/src/vault/canonical');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom('records', 'audit', 'attachments' as const), (fields, table) => {
        const record = { ...fields, id: 'i', kind: 'k', updatedAt: 'u' };
        const expected = canonicalJson({ v: 1, table, record });
        expect(rowPlaintext(table, record)).toBe(expected);
        const frozen = Object.freeze(JSON.parse(canonicalJson(record)) as typeof record);
        rememberCanonical(frozen, canonicalJson(record));
        expect(rowPlaintext(table, frozen)).toBe(expected);
      }),
    );
  });
});
