import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey, VaultError } from '../../renderer/src/vault';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof VaultError ? error.code : 'other';
  }
  return undefined;
}

describe('recovery key text', () => {
  it('is 14 dash-separated groups of 4 base32 characters, and round-trips for any key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => {
        const text = formatRecoveryKey(key);
        expect(text).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}$/);
        expect(parseRecoveryKey(text)).toEqual(key);
      }),
    );
  });

  it('starts with the plain base32 of the key (RFC 4648), so it can be checked by hand', () => {
    // 32 bytes of zero encode to 51 'A's plus the first bits of the checksum.
    expect(formatRecoveryKey(new Uint8Array(32)).replace(/-/g, '').slice(0, 51)).toBe('A'.repeat(51));
  });

  it('accepts any case, spaces, line breaks, typographic dashes and 0/1 for O/I', () => {
    const text = formatRecoveryKey(KEY);
    const variants = [
      text.toLowerCase(),
      text.replace(/-/g, ''),
      text.replace(/-/g, ' '),
      text.replace(/-/g, '\u2013'),
      `${text.slice(0, 20)}\n${text.slice(20)}  `,
      text.replace(/O/g, '0').replace(/I/g, '1'),
    ];
    for (const variant of variants) expect(parseRecoveryKey(variant)).toEqual(KEY);
  });

  it('catches every single-character typo and every adjacent swap through the checksum', () => {
    const compact = formatRecoveryKey(KEY).replace(/-/g, '');
    let typos = 0;
    for (let i = 0; i < compact.length; i++) {
      for (const replacement of ALPHABET) {
        if (replacement === compact[i]) continue;
        const typo = compact.slice(0, i) + replacement + compact.slice(i + 1);
        expect(code(() => parseRecoveryKey(typo)), typo).toBe('wrong-recovery-key');
        typos++;
      }
      if (i + 1 < compact.length && compact[i] !== compact[i + 1]) {
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        expect(code(() => parseRecoveryKey(swapped))).toBe('wrong-recovery-key');
      }
    }
    expect(typos).toBe(56 * 31);
  });

  it('reports malformed input as wrong-recovery-key', () => {
    const text = formatRecoveryKey(KEY);
    for (const bad of ['', 'ABCD', `${text}-AAAA`, text.slice(0, -1), text.replace(/.$/, '8'), text.replace(/^./, '!')]) {
      expect(code(() => parseRecoveryKey(bad)), bad).toBe('wrong-recovery-key');
    }
    expect(code(() => parseRecoveryKey(42 as unknown as string))).toBe('wrong-recovery-key');
  });

  it('formats only 32-byte keys', () => {
    expect(() => formatRecoveryKey(new Uint8Array(31))).toThrowError(TypeError);
  });
});
