import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nacl from 'tweetnacl';
import {
  CanonicalJsonError,
  bytesToHex,
  canonicalBytes,
  canonicalJson,
  enableFastSha512,
  fingerprintOf,
  formatFingerprint,
  hexToBytes,
  isFastSha512Enabled,
  sha512Hex,
} from '../../renderer/src/domain/canonical';

/** Rebuilds every object of a JSON value with its keys inserted in a shuffled order. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const order = entries.map((entry, i) => ({ entry, rank: Math.sin(seed * 997 + i * 31) }));
    order.sort((a, b) => a.rank - b.rank);
    // fromEntries, not assignment: a "__proto__" key must stay an own property.
    return Object.fromEntries(order.map(({ entry }) => [entry[0], shuffleKeys(entry[1], seed + 1)]));
  }
  return value;
}

describe('canonicalJson', () => {
  it.each([
    ['null', null, 'null'],
    ['booleans', [true, false], '[true,false]'],
    ['integers and fractions', [0, -1, 1.5, 1e21], '[0,-1,1.5,1e+21]'],
    ['negative zero as zero', -0, '0'],
    ['strings with escapes', 'a"b\\c\n', '"a\\"b\\\\c\\n"'],
    ['nested objects with sorted keys', { b: { d: 1, c: 2 }, a: [] }, '{"a":[],"b":{"c":2,"d":1}}'],
    ['keys sorted by UTF-16 code unit, upper case first', { b: 1, B: 2, a: 3, '': 4 }, '{"":4,"B":2,"a":3,"b":1}'],
    ['arrays kept in their order', [3, 1, 2], '[3,1,2]'],
    ['lone surrogates escaped, not replaced', '\ud800', '"\\ud800"'],
    ['null-prototype objects', Object.assign(Object.create(null) as object, { z: 1, y: 2 }), '{"y":2,"z":1}'],
  ])('writes %s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('does not depend on the order keys were inserted in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('writes every string exactly as JSON.stringify does', () => {
    const awkward = fc.constantFrom('', '"', '\\', '\u0000', '\u001f', '\u007f', '\u2028', '\ud83d\ude00', '\ud800', '\udfff', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.array(awkward).map((parts) => parts.join(''))), (text) => {
        expect(canonicalJson(text)).toBe(JSON.stringify(text));
        expect(canonicalJson({ [text]: 1 })).toBe(`{${JSON.stringify(text)}:1}`);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips through JSON.parse to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed: unknown = JSON.parse(canonicalJson(value));
        // JSON has no -0; canonical form writes it as 0, as JSON.stringify does.
        expect(canonicalJson(parsed)).toBe(canonicalJson(value));
      }),
    );
  });

  it.each([
    ['undefined at the top', undefined, '$'],
    ['an undefined property', { a: 1, b: undefined }, '$.b'],
    ['undefined in an array', [1, undefined], '$[1]'],
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is being refused
    ['a hole in an array', [1, , 3], '$[1]'],
    ['NaN', { n: NaN }, '$.n'],
    ['Infinity', [Infinity], '$[0]'],
    ['a function', { f: () => 1 }, '$.f'],
    ['a symbol', { s: Symbol('x') }, '$.s'],
    ['a bigint', { n: 1n }, '$.n'],
    ['a Date', { at: new Date(0) }, '$.at'],
    ['a Map', { m: new Map() }, '$.m'],
  ])('refuses %s, naming where', (_name, value, path) => {
    let error: unknown;
    try {
      canonicalJson(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CanonicalJsonError);
    expect((error as CanonicalJsonError).path).toBe(path);
  });

  it('refuses a value that contains itself, but allows the same object twice side by side', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(CanonicalJsonError);
  });

  it('keeps a "__proto__" key that JSON.parse made an own property', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":[]}}'))).toBe('{"__proto__":{"x":[]},"b":1}');
  });

  it('encodes as UTF-8', () => {
    expect(Array.from(canonicalBytes({ k: 'é€' }))).toEqual([...Buffer.from('{"k":"é€"}', 'utf8')]);
  });
});

describe('sha512Hex', () => {
  it('matches the SHA-512 test vector for "abc" (FIPS 180-2)', () => {
    expect(sha512Hex('abc')).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
  });

  it('gives the same digest from tweetnacl and, once enabled, from hash-wasm', async () => {
    const samples = fc.sample(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 600 })), 200);
    // Past the reusable encoding buffer's limit, so the large-input path is covered too.
    samples.push('é'.repeat(400_000), 'x'.repeat(5000));
    const before = samples.map((s) => sha512Hex(s));
    await enableFastSha512();
    expect(isFastSha512Enabled()).toBe(true);
    expect(samples.map((s) => sha512Hex(s))).toEqual(before);
    for (const s of samples) {
      const bytes = typeof s === 'string' ? new TextEncoder().encode(s) : s;
      expect(sha512Hex(s)).toBe(bytesToHex(nacl.hash(bytes)));
    }
  });

  it('fingerprints a value by its canonical form, so key order does not matter but content does', () => {
    expect(fingerprintOf({ a: 1, b: [1, 2] })).toBe(fingerprintOf({ b: [1, 2], a: 1 }));
    expect(fingerprintOf({ a: 1, b: [1, 2] })).not.toBe(fingerprintOf({ a: 1, b: [2, 1] }));
    expect(fingerprintOf({ a: 1 })).toBe(sha512Hex('{"a":1}'));
  });
});

describe('hex and display helpers', () => {
  it('round-trips bytes through hex and refuses malformed hex', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes);
      }),
    );
    expect(hexToBytes('abc')).toBeUndefined();
    expect(hexToBytes('zz')).toBeUndefined();
    expect(hexToBytes('0A')).toEqual(new Uint8Array([10]));
  });

  it('groups a fingerprint in fours, optionally only the first groups', () => {
    expect(formatFingerprint('0123456789abcdef01')).toBe('0123 4567 89AB CDEF 01');
    expect(formatFingerprint('0123456789abcdef01', 2)).toBe('0123 4567');
  });
});
