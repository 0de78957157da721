import fc from 'fast-check';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { openText, sealText } from '../../renderer/src/vault/rowBox';

const key = nacl.randomBytes(32);

describe('row secretbox', () => {
  it('produces exactly nonce ‖ nacl.secretbox(UTF-8 text), and opens what nacl.secretbox made', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.uint8Array({ minLength: 24, maxLength: 24 }), (text, nonce) => {
        const expectedBox = nacl.secretbox(new TextEncoder().encode(text), nonce, key);
        const sealed = sealText(['', ''], text, nonce, key);
        expect(sealed.subarray(0, 24)).toEqual(nonce);
        expect(sealed.subarray(24)).toEqual(expectedBox);
        expect(openText(expectedBox, nonce, key)).toBe(text);
      }),
    );
  });

  it('seals prefix ‖ body ‖ suffix as one message', () => {
    const nonce = nacl.randomBytes(24);
    const sealed = sealText(['{"record":', ',"v":1}'], '"é🚀"', nonce, key);
    expect(openText(sealed.subarray(24), nonce, key)).toBe('{"record":"é🚀","v":1}');
  });

  it('handles rows larger than the shared buffers (big attachments)', () => {
    const text = `${'é'.repeat(200_000)}${'x'.repeat(100_000)}`;
    const nonce = nacl.randomBytes(24);
    const sealed = sealText(['', ''], text, nonce, key);
    expect(sealed.subarray(24)).toEqual(nacl.secretbox(new TextEncoder().encode(text), nonce, key));
    expect(openText(sealed.subarray(24), nonce, key)).toBe(text);
    // And small rows still work after a big one.
    expect(openText(sealText(['sm', 'l'], 'al', nonce, key).subarray(24), nonce, key)).toBe('small');
  });

  it('returns null for a wrong key, a wrong nonce, any flipped bit, or a box shorter than its MAC', () => {
    const nonce = nacl.randomBytes(24);
    const box = sealText(['{"a":', '}'], '1', nonce, key).subarray(24);
    expect(openText(box, nonce, nacl.randomBytes(32))).toBeNull();
    expect(openText(box, nacl.randomBytes(24), key)).toBeNull();
    for (let i = 0; i < box.length * 8; i++) {
      const bad = new Uint8Array(box);
      bad[i >> 3] = (bad[i >> 3] as number) ^ (1 << (i & 7));
      expect(openText(bad, nonce, key)).toBeNull();
    }
    expect(openText(box.subarray(0, 15), nonce, key)).toBeNull();
    expect(openText(box, nonce.subarray(0, 23), key)).toBeNull();
  });

  it('refuses authentic plaintext that is not valid UTF-8', () => {
    const nonce = nacl.randomBytes(24);
    const box = nacl.secretbox(new Uint8Array([0x7b, 0xff, 0x7d]), nonce, key);
    expect(() => openText(box, nonce, key)).toThrowError(TypeError);
  });
});
