import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCopy, canonicalJson } from '../../renderer/src/vault/canonical';

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

describe('canonicalCopy', () => {
  it('gives the canonical text and a deeply frozen copy equal to parsing it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { text, copy } = canonicalCopy(value);
        expect(text).toBe(canonicalJson(value));
        expect(copy).toStrictEqual(JSON.parse(text));
        const frozenEverywhere = (v: unknown): boolean =>
          v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(frozenEverywhere));
        expect(frozenEverywhere(copy)).toBe(true);
      }),
    );
  });

  it('keeps a "__proto__" key as data, never as a prototype, and leaves the input alone', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"a":[1]}') as Record<string, unknown>;
    const { copy } = canonicalCopy(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.isFrozen(input)).toBe(false);
    expect(copy.a).not.toBe(input.a);
  });
});

describe('row plaintext', () => {
  it('is exactly the canonical JSON of { record, table, v }, with or without a remembered record text', async () => {
    const { rowPlaintext } = await import('../../renderer/src/vault/recordCipher');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom('records', 'audit', 'attachments' as const), (fields, table) => {
        const record = { ...fields, id: 'i', kind: 'k', updatedAt: 'u' };
        const expected = canonicalJson({ v: 1, table, record });
        expect(rowPlaintext(table, record)).toBe(expected);
        expect(rowPlaintext(table, canonicalCopy(record).copy)).toBe(expected);
      }),
    );
  });
});
