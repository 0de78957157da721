import nacl from 'tweetnacl';
import { asBytes } from './bytes';
import { canonicalJson } from './canonical';
import { VaultError } from './errors';
import { MAC_BYTES, NONCE_BYTES } from './keys';
import { openText, sealText } from './rowBox';
import type { StoredRecord, TableName } from './types';

/** Exactly what IndexedDB sees for an encrypted table; nothing else is allowed on a row. */
export interface SealedRow {
  id: string;
  kind: string;
  updatedAt: string;
  parentId?: string;
  nonce: Uint8Array;
  ct: Uint8Array;
}

export const SEALED_ROW_FIELDS: readonly string[] = ['ct', 'id', 'kind', 'nonce', 'parentId', 'updatedAt'];
const ROW_FORMAT = 1;

/**
 * The plaintext repeats the table and every clear field, so after decryption we can prove the row
 * still sits where it was written and that nobody edited the clear columns (which the MAC alone
 * does not cover).
 */
interface RowPlaintext {
  v: typeof ROW_FORMAT;
  table: TableName;
  record: StoredRecord;
}

/**
 * canonicalJson({ record, table, v }) is `prefix ‖ canonical record ‖ suffix`; keeping the three
 * apart lets the record text (often remembered from the commit) go straight into the cipher buffer.
 */
function plaintextParts(table: TableName): [string, string] {
  return ['{"record":', `,"table":${JSON.stringify(table)},"v":${ROW_FORMAT}}`];
}

export function rowPlaintext(table: TableName, record: StoredRecord): string {
  const [prefix, suffix] = plaintextParts(table);
  return prefix + canonicalJson(record) + suffix;
}

/** `nonce` must be fresh: callers sealing many rows draw all their nonces in one call. */
export function sealRecord(key: Uint8Array, table: TableName, record: StoredRecord, nonce = nacl.randomBytes(NONCE_BYTES)): SealedRow {
  const { id, kind, updatedAt, parentId } = record;
  if (typeof id !== 'string' || typeof kind !== 'string' || typeof updatedAt !== 'string') {
    throw new TypeError('A stored record needs string id, kind and updatedAt');
  }
  if (parentId !== undefined && typeof parentId !== 'string') throw new TypeError('parentId must be a string');
  const sealed = sealText(plaintextParts(table), canonicalJson(record), nonce, key);
  // Two views of one buffer: IndexedDB's structured clone then stores a single ArrayBuffer per row.
  const row: SealedRow = { id, kind, updatedAt, nonce: sealed.subarray(0, NONCE_BYTES), ct: sealed.subarray(NONCE_BYTES) };
  if (parentId !== undefined) row.parentId = parentId;
  return row;
}

export function openRecord(key: Uint8Array, table: TableName, row: unknown, primaryKey?: unknown): StoredRecord {
  const clearId = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
  const recordId = typeof clearId === 'string' ? clearId : typeof primaryKey === 'string' ? primaryKey : '(unknown)';
  const damaged = (detail: string): VaultError => new VaultError('record-damaged', { recordId, detail });

  if (row === null || typeof row !== 'object') throw damaged('not an object');
  const fields = row as Record<string, unknown>;
  for (const name of Object.keys(fields)) if (!SEALED_ROW_FIELDS.includes(name)) throw damaged(`unexpected field ${name}`);
  const { id, kind, updatedAt, parentId } = fields;
  if (typeof id !== 'string' || typeof kind !== 'string' || typeof updatedAt !== 'string') throw damaged('clear fields');
  if ('parentId' in fields && typeof parentId !== 'string') throw damaged('parentId');
  const nonce = asBytes(fields.nonce, NONCE_BYTES);
  const ct = asBytes(fields.ct);
  if (nonce === undefined || ct === undefined || ct.length < MAC_BYTES) throw damaged('nonce or ciphertext shape');

  let envelope: unknown;
  try {
    const text = openText(ct, nonce, key);
    if (text === null) throw damaged('authentication failed');
    envelope = JSON.parse(text);
  } catch (error) {
    throw error instanceof VaultError ? error : damaged('plaintext is not UTF-8 JSON');
  }
  if (envelope === null || typeof envelope !== 'object') throw damaged('plaintext shape');
  const { v, table: boundTable, record } = envelope as Partial<RowPlaintext>;
  if (v !== ROW_FORMAT || Object.keys(envelope).length !== 3) throw damaged('plaintext format');
  if (boundTable !== table) throw damaged('belongs to another table');
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw damaged('record shape');
  if (record.id !== id) throw damaged('belongs to another row');
  if (record.kind !== kind || record.updatedAt !== updatedAt || record.parentId !== parentId) {
    throw damaged('clear fields were edited');
  }
  return record;
}
