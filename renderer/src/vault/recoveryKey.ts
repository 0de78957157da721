import nacl from 'tweetnacl';
import { equalBytes } from './bytes';
import { VaultError } from './errors';
import { KEY_BYTES } from './kdf';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; // RFC 4648 base32
const CHECKSUM_BYTES = 3;
// 32 key bytes + 3 checksum bytes = 280 bits = exactly 56 base32 characters, so no padding bits.
const ENCODED_LENGTH = ((KEY_BYTES + CHECKSUM_BYTES) * 8) / 5;
const GROUP = 4; // 14 groups of 4: short enough to read aloud and to re-type

/**
 * The checksum lets a typo be reported at once (and told apart from "this key is for another
 * vault"), instead of costing a failed unwrap. It is not secret: it is derived from the key shown beside it.
 */
function checksum(key: Uint8Array): Uint8Array {
  return nacl.hash(key).subarray(0, CHECKSUM_BYTES);
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== KEY_BYTES) throw new TypeError(`A recovery key is ${KEY_BYTES} bytes`);
  const data = new Uint8Array(KEY_BYTES + CHECKSUM_BYTES);
  data.set(bytes);
  data.set(checksum(bytes), KEY_BYTES);
  let bits = 0;
  let buffer = 0;
  let text = '';
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += ALPHABET[(buffer >> bits) & 31];
    }
  }
  data.fill(0);
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += GROUP) groups.push(text.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * Forgiving about presentation (case, spaces, any dash, line breaks from the printed sheet), and
 * about the digits 0 and 1, which base32 never uses and which people type for O and I.
 */
export function parseRecoveryKey(text: string): Uint8Array {
  if (typeof text !== 'string') throw new VaultError('wrong-recovery-key', { detail: 'not text' });
  const compact = text
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I');
  if (compact.length !== ENCODED_LENGTH) throw new VaultError('wrong-recovery-key', { detail: 'wrong length' });
  const data = new Uint8Array(KEY_BYTES + CHECKSUM_BYTES);
  let bits = 0;
  let buffer = 0;
  let index = 0;
  for (const char of compact) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new VaultError('wrong-recovery-key', { detail: 'not base32' });
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      data[index++] = (buffer >> bits) & 0xff;
    }
  }
  const key = data.slice(0, KEY_BYTES);
  const ok = equalBytes(checksum(key), data.subarray(KEY_BYTES));
  data.fill(0);
  if (!ok) {
    key.fill(0);
    throw new VaultError('wrong-recovery-key', { detail: 'checksum mismatch' });
  }
  return key;
}
