import { argon2id } from 'hash-wasm';
import { utf8 } from './bytes';

export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array;
}

/** Passphrase → 32-byte key-encryption key. Injectable so the UI can run it off the main thread. */
export type Kdf = (passphrase: string, params: KdfParams) => Promise<Uint8Array>;

export const DEFAULT_KDF: Omit<KdfParams, 'salt'> = { algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 };

/** OWASP's minimum for Argon2id; anything weaker in a header is treated as a downgrade attack. */
export const KDF_FLOOR: { memoryKiB: 19456; iterations: 2 } = { memoryKiB: 19456, iterations: 2 };

/**
 * A header may come from a hostile file, so absurd costs are refused too: otherwise opening it
 * would pin the CPU or exhaust memory before the passphrase is even checked.
 */
export const KDF_CEILING = { memoryKiB: 1_048_576, iterations: 64, parallelism: 16 } as const;

export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

export type KdfCheck = 'ok' | 'below-floor' | 'invalid';

export function checkKdfParams(params: Omit<KdfParams, 'salt'>): KdfCheck {
  const { memoryKiB, iterations, parallelism } = params;
  if (params.algorithm !== 'argon2id') return 'invalid';
  if (![memoryKiB, iterations, parallelism].every((n) => Number.isSafeInteger(n) && n >= 0)) return 'invalid';
  if (memoryKiB > KDF_CEILING.memoryKiB || iterations > KDF_CEILING.iterations || parallelism > KDF_CEILING.parallelism) {
    return 'invalid';
  }
  if (memoryKiB < KDF_FLOOR.memoryKiB || iterations < KDF_FLOOR.iterations) return 'below-floor';
  if (parallelism < 1) return 'invalid';
  return 'ok';
}

/**
 * NFC first: the same passphrase typed on different systems can arrive composed or decomposed
 * ("é" vs "e"+"◌́"), and must still derive the same key. The backup format documents this.
 */
export function passphraseBytes(passphrase: string): Uint8Array {
  return utf8(passphrase.normalize('NFC'));
}

export const argon2idKdf: Kdf = async (passphrase, params) => {
  const password = passphraseBytes(passphrase);
  try {
    return await argon2id({
      password,
      salt: params.salt,
      iterations: params.iterations,
      parallelism: params.parallelism,
      memorySize: params.memoryKiB,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
  } finally {
    password.fill(0);
  }
};
