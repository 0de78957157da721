import nacl from 'tweetnacl';
import { recordBase } from '../domain/record';
import { concatBytes, equalBytes, fromUtf8, isBytes, utf8, wipe } from './bytes';
import {
  BACKUP_VERSION, HEADER_BYTES, KDF_ID_ARGON2ID13, LAYOUT, MAGIC, MIN_PAYLOAD_BOX, SHA512_BYTES,
} from './backupLayout';
import { canonicalJson } from './canonical';
import { VaultError } from './errors';
import { HEADER_FORMAT, type VaultHeader } from './header';
import { checkKdfParams, type Kdf } from './kdf';
import { NONCE_BYTES, unwrapKey } from './keys';
import { TABLE_NAMES, type StoredRecord, type TableName } from './types';

export type BackupTables = Record<TableName, StoredRecord[]>;

export interface OpenedBackup {
  header: VaultHeader;
  /** The backup's data key; the caller owns it and must wipe it. */
  dek: Uint8Array;
  tables: BackupTables;
}

const damaged = (detail: string, cause?: unknown): VaultError => new VaultError('backup-damaged', { detail, cause });

export function encodeBackup(header: VaultHeader, dek: Uint8Array, tables: BackupTables): Uint8Array {
  const json = utf8(payloadJson(tables));
  const payloadNonce = nacl.randomBytes(NONCE_BYTES);
  const headerBytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(headerBytes.buffer);
  const put = (f: { offset: number }, bytes: Uint8Array): void => headerBytes.set(bytes, f.offset);
  put(LAYOUT.magic, MAGIC);
  view.setUint16(LAYOUT.version.offset, BACKUP_VERSION);
  view.setUint8(LAYOUT.kdfId.offset, KDF_ID_ARGON2ID13);
  view.setUint32(LAYOUT.memoryKiB.offset, header.kdf.memoryKiB);
  view.setUint32(LAYOUT.iterations.offset, header.kdf.iterations);
  view.setUint32(LAYOUT.parallelism.offset, header.kdf.parallelism);
  put(LAYOUT.salt, header.kdf.salt);
  put(LAYOUT.passphraseNonce, header.passphraseWrap.nonce);
  put(LAYOUT.passphraseBox, header.passphraseWrap.box);
  put(LAYOUT.recoveryNonce, header.recoveryWrap.nonce);
  put(LAYOUT.recoveryBox, header.recoveryWrap.box);
  put(LAYOUT.payloadNonce, payloadNonce);
  view.setUint32(LAYOUT.payloadLength.offset, nacl.secretbox.overheadLength + SHA512_BYTES + json.length);

  // The header hash inside the box is what authenticates the header: without it, the recovery-key
  // wrap (which the passphrase never touches) could be swapped without anyone noticing.
  const plaintext = concatBytes(nacl.hash(headerBytes), json);
  const box = nacl.secretbox(plaintext, payloadNonce, dek);
  wipe(plaintext);
  wipe(json);
  const body = concatBytes(headerBytes, box);
  return concatBytes(body, nacl.hash(body));
}

/** Records sorted by id inside each table, tables by name: one possible byte string per backup. */
function payloadJson(tables: BackupTables): string {
  const sorted: Partial<BackupTables> = {};
  for (const name of TABLE_NAMES) {
    sorted[name] = [...tables[name]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return canonicalJson(sorted);
}

interface Envelope {
  header: VaultHeader;
  headerBytes: Uint8Array;
  payloadNonce: Uint8Array;
  payloadBox: Uint8Array;
}

/**
 * Structure only, no secrets. The trailing SHA-512 is a plain checksum (anyone can recompute it);
 * it exists so accidental damage is reported as damage, not as "wrong passphrase", and before a
 * slow KDF run. Authenticity comes from the MACs.
 */
function readEnvelope(bytes: Uint8Array): Envelope {
  if (!isBytes(bytes) || bytes.length === 0) throw new VaultError('backup-foreign', { detail: 'empty' });
  const prefix = bytes.subarray(0, MAGIC.length);
  if (!equalBytes(prefix, MAGIC.subarray(0, prefix.length))) throw new VaultError('backup-foreign');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < LAYOUT.version.offset + LAYOUT.version.length) throw damaged('truncated');
  const version = view.getUint16(LAYOUT.version.offset);
  if (version > BACKUP_VERSION) throw new VaultError('backup-unsupported-version', { detail: `version ${version}` });
  if (version !== BACKUP_VERSION) throw damaged(`version ${version}`);
  if (bytes.length < HEADER_BYTES) throw damaged('truncated');
  const payloadLength = view.getUint32(LAYOUT.payloadLength.offset);
  const total = HEADER_BYTES + payloadLength + SHA512_BYTES;
  if (payloadLength < MIN_PAYLOAD_BOX) throw damaged('payload length');
  if (bytes.length < total) throw damaged('truncated');
  if (bytes.length > total) throw damaged('trailing bytes');
  const body = bytes.subarray(0, total - SHA512_BYTES);
  if (!equalBytes(nacl.hash(body), bytes.subarray(total - SHA512_BYTES))) throw damaged('checksum');

  if (view.getUint8(LAYOUT.kdfId.offset) !== KDF_ID_ARGON2ID13) throw damaged('unknown KDF');
  const slice = (f: { offset: number; length: number }): Uint8Array => bytes.slice(f.offset, f.offset + f.length);
  return {
    header: {
      format: HEADER_FORMAT,
      kdf: {
        algorithm: 'argon2id',
        memoryKiB: view.getUint32(LAYOUT.memoryKiB.offset),
        iterations: view.getUint32(LAYOUT.iterations.offset),
        parallelism: view.getUint32(LAYOUT.parallelism.offset),
        salt: slice(LAYOUT.salt),
      },
      passphraseWrap: { nonce: slice(LAYOUT.passphraseNonce), box: slice(LAYOUT.passphraseBox) },
      recoveryWrap: { nonce: slice(LAYOUT.recoveryNonce), box: slice(LAYOUT.recoveryBox) },
    },
    headerBytes: bytes.slice(0, HEADER_BYTES),
    payloadNonce: slice(LAYOUT.payloadNonce),
    payloadBox: bytes.slice(HEADER_BYTES, HEADER_BYTES + payloadLength),
  };
}

/** Verifies every byte and every record; returns only when the whole file is trustworthy. */
export async function openBackup(bytes: Uint8Array, passphrase: string, kdf: Kdf): Promise<OpenedBackup> {
  const envelope = readEnvelope(bytes);
  const { header } = envelope;
  const check = checkKdfParams(header.kdf);
  if (check === 'below-floor') throw new VaultError('kdf-below-floor');
  if (check !== 'ok') throw damaged('KDF parameters out of range');

  const kek = await kdf(passphrase, header.kdf);
  const dek = unwrapKey(kek, header.passphraseWrap);
  wipe(kek);
  if (dek === null) throw new VaultError('backup-wrong-passphrase');
  try {
    return { header, dek, tables: openPayload(envelope, dek) };
  } catch (error) {
    wipe(dek);
    throw error;
  }
}

function openPayload(envelope: Envelope, dek: Uint8Array): BackupTables {
  const plaintext = nacl.secretbox.open(envelope.payloadBox, envelope.payloadNonce, dek);
  if (plaintext === null) throw damaged('payload authentication failed');
  try {
    if (!equalBytes(plaintext.subarray(0, SHA512_BYTES), nacl.hash(envelope.headerBytes))) throw damaged('header hash');
    let text: string;
    let parsed: unknown;
    try {
      text = fromUtf8(plaintext.subarray(SHA512_BYTES));
      parsed = JSON.parse(text);
    } catch (error) {
      throw damaged('payload is not UTF-8 JSON', error);
    }
    const tables = validateTables(parsed);
    if (payloadJson(tables) !== text) throw damaged('payload is not in canonical form');
    return tables;
  } finally {
    wipe(plaintext);
  }
}

function validateTables(parsed: unknown): BackupTables {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw damaged('payload shape');
  const keys = Object.keys(parsed);
  if (keys.length !== TABLE_NAMES.length || !TABLE_NAMES.every((name) => keys.includes(name))) throw damaged('payload tables');
  const tables = parsed as Record<TableName, unknown>;
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    if (!Array.isArray(rows)) throw damaged(`${name} is not a list`);
    let previous: string | undefined;
    for (const row of rows) {
      if (row === null || typeof row !== 'object' || Array.isArray(row) || !recordBase.safeParse(row).success) {
        throw damaged(`${name}: invalid record`);
      }
      const id = (row as StoredRecord).id;
      // Strictly ascending, which also rules out duplicate ids.
      if (previous !== undefined && !(previous < id)) throw damaged(`${name}: records out of order`);
      previous = id;
    }
  }
  return tables as BackupTables;
}
