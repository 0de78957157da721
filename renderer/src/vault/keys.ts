import nacl from 'tweetnacl';
import { asBytes } from './bytes';
import { KEY_BYTES, SALT_BYTES } from './kdf';

export const NONCE_BYTES = nacl.secretbox.nonceLength; // 24
export const MAC_BYTES = nacl.secretbox.overheadLength; // 16
export const WRAPPED_KEY_BYTES = KEY_BYTES + MAC_BYTES; // 48

/** A 32-byte key sealed by secretbox under another key: the only form in which the DEK is stored. */
export interface WrappedKey {
  nonce: Uint8Array;
  box: Uint8Array;
}

export function newDataKey(): Uint8Array {
  return nacl.randomBytes(KEY_BYTES);
}

export function newSalt(): Uint8Array {
  return nacl.randomBytes(SALT_BYTES);
}

export function wrapKey(wrappingKey: Uint8Array, key: Uint8Array): WrappedKey {
  const nonce = nacl.randomBytes(NONCE_BYTES);
  return { nonce, box: nacl.secretbox(key, nonce, wrappingKey) };
}

/** null when the MAC fails: a wrong passphrase or recovery key looks exactly like a damaged wrap. */
export function unwrapKey(wrappingKey: Uint8Array, wrapped: WrappedKey): Uint8Array | null {
  const opened = nacl.secretbox.open(wrapped.box, wrapped.nonce, wrappingKey);
  return opened !== null && opened.length === KEY_BYTES ? opened : null;
}

export function parseWrappedKey(value: unknown): WrappedKey | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const nonce = asBytes((value as { nonce?: unknown }).nonce, NONCE_BYTES);
  const box = asBytes((value as { box?: unknown }).box, WRAPPED_KEY_BYTES);
  return nonce && box ? { nonce, box } : undefined;
}
