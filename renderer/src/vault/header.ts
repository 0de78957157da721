import { asBytes } from './bytes';
import { SALT_BYTES, type KdfParams } from './kdf';
import { parseWrappedKey, type WrappedKey } from './keys';

export const HEADER_FORMAT = 1;

/** The clear part of the vault: enough to turn a passphrase or recovery key back into the DEK. */
export interface VaultHeader {
  format: typeof HEADER_FORMAT;
  kdf: KdfParams;
  passphraseWrap: WrappedKey;
  recoveryWrap: WrappedKey;
}

export function headerRow(id: string, header: VaultHeader): { id: string } & Record<string, unknown> {
  return {
    id,
    format: header.format,
    kdf: { ...header.kdf },
    passphraseWrap: { ...header.passphraseWrap },
    recoveryWrap: { ...header.recoveryWrap },
  };
}

/**
 * Shape only. Whether the KDF costs are acceptable is a separate question (checkKdfParams), because
 * the answer there has its own error code.
 */
export function parseHeaderRow(row: unknown): VaultHeader | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const r = row as Record<string, unknown>;
  if (r.format !== HEADER_FORMAT) return undefined;
  const kdf = r.kdf as Partial<Record<keyof KdfParams, unknown>> | undefined;
  if (kdf === null || typeof kdf !== 'object' || kdf.algorithm !== 'argon2id') return undefined;
  const { memoryKiB, iterations, parallelism } = kdf;
  if (typeof memoryKiB !== 'number' || typeof iterations !== 'number' || typeof parallelism !== 'number') return undefined;
  const salt = asBytes(kdf.salt, SALT_BYTES);
  const passphraseWrap = parseWrappedKey(r.passphraseWrap);
  const recoveryWrap = parseWrappedKey(r.recoveryWrap);
  if (!salt || !passphraseWrap || !recoveryWrap) return undefined;
  return {
    format: HEADER_FORMAT,
    kdf: { algorithm: 'argon2id', memoryKiB, iterations, parallelism, salt },
    passphraseWrap,
    recoveryWrap,
  };
}
