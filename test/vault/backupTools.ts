import nacl from 'tweetnacl';
import { fastKdf } from './helpers';

/**
 * Offsets written out independently of renderer/src/vault/backupLayout.ts, from
 * docs/backup-format.md, so a silent layout change fails these tests.
 */
export const AT = {
  magic: [0, 8],
  version: [8, 10],
  kdfId: [10, 11],
  memoryKiB: [11, 15],
  iterations: [15, 19],
  parallelism: [19, 23],
  salt: [23, 39],
  passphraseNonce: [39, 63],
  passphraseBox: [63, 111],
  recoveryNonce: [111, 135],
  recoveryBox: [135, 183],
  payloadNonce: [183, 207],
  payloadLength: [207, 211],
} as const;
export const HEADER = 211;

export type Region = keyof typeof AT | 'payloadBox' | 'checksum';

export function regionOf(file: Uint8Array, position: number): Region {
  for (const [name, [from, to]] of Object.entries(AT)) if (position >= from && position < to) return name as Region;
  return position < file.length - 64 ? 'payloadBox' : 'checksum';
}

/** Recompute the trailing unkeyed checksum, as anyone tampering on purpose would. */
export function reseal(file: Uint8Array): Uint8Array {
  const body = file.slice(0, file.length - 64);
  const out = new Uint8Array(file.length);
  out.set(body);
  out.set(nacl.hash(body), body.length);
  return out;
}

export function flip(file: Uint8Array, position: number, mask = 1 << position % 8): Uint8Array {
  const copy = new Uint8Array(file);
  copy[position] = (copy[position] as number) ^ mask;
  return copy;
}

const u32 = (file: Uint8Array, [from]: readonly [number, number]): number =>
  new DataView(file.buffer, file.byteOffset + from, 4).getUint32(0);

/** Opens a backup made with fastKdf, step by step as the documentation describes. */
export async function decryptParts(file: Uint8Array, passphrase: string): Promise<{ dek: Uint8Array; headerHash: Uint8Array; json: string }> {
  const salt = file.slice(...AT.salt);
  const kek = await fastKdf(passphrase, {
    algorithm: 'argon2id',
    memoryKiB: u32(file, AT.memoryKiB),
    iterations: u32(file, AT.iterations),
    parallelism: u32(file, AT.parallelism),
    salt,
  });
  const dek = nacl.secretbox.open(file.slice(...AT.passphraseBox), file.slice(...AT.passphraseNonce), kek);
  if (!dek) throw new Error('test helper: wrong passphrase');
  const length = u32(file, AT.payloadLength);
  const plain = nacl.secretbox.open(file.slice(HEADER, HEADER + length), file.slice(...AT.payloadNonce), dek);
  if (!plain) throw new Error('test helper: payload MAC');
  return { dek, headerHash: plain.slice(0, 64), json: new TextDecoder().decode(plain.slice(64)) };
}

/**
 * Rebuilds a file around a chosen payload with the right key, so the checks *behind* the MAC
 * (header hash, canonical form, record validation) can be exercised one at a time.
 */
export function rebuild(file: Uint8Array, dek: Uint8Array, json: string, options: { headerHash?: Uint8Array; header?: Uint8Array } = {}): Uint8Array {
  const header = new Uint8Array(options.header ?? file.slice(0, HEADER));
  const text = new TextEncoder().encode(json);
  new DataView(header.buffer).setUint32(AT.payloadLength[0], 16 + 64 + text.length);
  const nonce = nacl.randomBytes(24);
  header.set(nonce, AT.payloadNonce[0]);
  const plain = new Uint8Array([...(options.headerHash ?? nacl.hash(header)), ...text]);
  const box = nacl.secretbox(plain, nonce, dek);
  return reseal(new Uint8Array([...header, ...box, ...new Uint8Array(64)]));
}
