import nacl from 'tweetnacl';
import { fromUtf8 } from './bytes';
import { NONCE_BYTES } from './keys';

/**
 * XSalsa20-Poly1305 (exactly nacl.secretbox) for the per-row hot path. Unlock decrypts, and a big
 * commit encrypts, thousands of rows; nacl.secretbox allocates two padded copies per call and a
 * third for our UTF-8 text, and that garbage cost more than the cipher. Here the padded buffers
 * are reused and wiped after every row, and text goes straight in and out of them.
 */
interface LowLevel {
  crypto_secretbox(c: Uint8Array, m: Uint8Array, d: number, n: Uint8Array, k: Uint8Array): number;
  crypto_secretbox_open(m: Uint8Array, c: Uint8Array, d: number, n: Uint8Array, k: Uint8Array): number;
}
const lowlevel = (nacl as unknown as { lowlevel: LowLevel }).lowlevel;

const ZERO_BYTES = 32; // NaCl's padding in front of a message
const BOX_ZERO_BYTES = 16; // ...and in front of a box
const MAC_BYTES = ZERO_BYTES - BOX_ZERO_BYTES;
/** Rows above this (large attachments) get buffers of their own instead of growing the shared ones for good. */
const SCRATCH_LIMIT = 256 * 1024;

const encoder = new TextEncoder();
let padded = new Uint8Array(4096); // [32 zero bytes ‖ plaintext]
let boxed = new Uint8Array(4096); // [16 zero bytes ‖ MAC ‖ ciphertext]

function buffers(length: number): [Uint8Array, Uint8Array] {
  if (length > SCRATCH_LIMIT) return [new Uint8Array(length), new Uint8Array(length)];
  if (padded.length < length) {
    padded.fill(0);
    const size = Math.min(SCRATCH_LIMIT, Math.max(length, padded.length * 2));
    padded = new Uint8Array(size);
    boxed = new Uint8Array(size);
  }
  return [padded, boxed];
}

/**
 * Seals UTF-8(prefix ‖ body ‖ suffix), written straight into the padded buffer so the row's
 * plaintext never exists as one more string. Returns nonce ‖ box in one array, so a stored row
 * holds one buffer rather than two.
 */
export function sealText([prefix, suffix]: [string, string], body: string, nonce: Uint8Array, key: Uint8Array): Uint8Array {
  if (nonce.length !== NONCE_BYTES || key.length !== 32) throw new TypeError('bad nonce or key length');
  // UTF-8 needs at most 3 bytes per UTF-16 code unit.
  const [m, c] = buffers(ZERO_BYTES + (prefix.length + body.length + suffix.length) * 3);
  m.fill(0, 0, ZERO_BYTES);
  let length = ZERO_BYTES;
  for (const part of [prefix, body, suffix]) length += encoder.encodeInto(part, m.subarray(length)).written;
  try {
    lowlevel.crypto_secretbox(c, m, length, nonce, key);
    const out = new Uint8Array(NONCE_BYTES + length - BOX_ZERO_BYTES);
    out.set(nonce, 0);
    out.set(c.subarray(BOX_ZERO_BYTES, length), NONCE_BYTES);
    return out;
  } finally {
    m.fill(0, ZERO_BYTES, length);
  }
}

/** null when authentication fails; throws TypeError when the authentic plaintext is not UTF-8. */
export function openText(box: Uint8Array, nonce: Uint8Array, key: Uint8Array): string | null {
  if (nonce.length !== NONCE_BYTES || key.length !== 32 || box.length < MAC_BYTES) return null;
  const length = BOX_ZERO_BYTES + box.length;
  const [m, c] = buffers(length);
  c.fill(0, 0, BOX_ZERO_BYTES);
  c.set(box, BOX_ZERO_BYTES);
  if (lowlevel.crypto_secretbox_open(m, c, length, nonce, key) !== 0) return null;
  try {
    return fromUtf8(m.subarray(ZERO_BYTES, length));
  } finally {
    m.fill(0, ZERO_BYTES, length);
  }
}
