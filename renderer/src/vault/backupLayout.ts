import { utf8 } from './bytes';
import { SALT_BYTES } from './kdf';
import { MAC_BYTES, NONCE_BYTES, WRAPPED_KEY_BYTES } from './keys';

/** Byte layout of a .lifeboat file, version 1. docs/backup-format.md is the prose twin of this table. */
export const MAGIC = utf8('LIFEBOAT');
export const BACKUP_VERSION = 1;
export const KDF_ID_ARGON2ID13 = 1;
export const SHA512_BYTES = 64;

let end = 0;
const field = (length: number): { offset: number; length: number } => {
  const f = { offset: end, length };
  end += length;
  return f;
};

export const LAYOUT = {
  magic: field(MAGIC.length),
  version: field(2),
  kdfId: field(1),
  memoryKiB: field(4),
  iterations: field(4),
  parallelism: field(4),
  salt: field(SALT_BYTES),
  passphraseNonce: field(NONCE_BYTES),
  passphraseBox: field(WRAPPED_KEY_BYTES),
  recoveryNonce: field(NONCE_BYTES),
  recoveryBox: field(WRAPPED_KEY_BYTES),
  payloadNonce: field(NONCE_BYTES),
  payloadLength: field(4),
} as const;

/** Everything before the payload box; its SHA-512 is the first thing inside the payload. */
export const HEADER_BYTES = end; // 211
/** The payload plaintext is at least the header hash, so its box is at least this long. */
export const MIN_PAYLOAD_BOX = MAC_BYTES + SHA512_BYTES;

