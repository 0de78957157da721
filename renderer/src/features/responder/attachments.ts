import { newRecordId, type PlanRecord } from '../../domain/record';

/** Kind of the encrypted evidence files kept in the vault's attachments table. */
export const INCIDENT_ATTACHMENT_KIND = 'incidentAttachment';

/** Larger files are refused with a message: a screenshot or an exported log is far smaller. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  log: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  html: 'text/html',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  zip: 'application/zip',
  gz: 'application/gzip',
};

export function mimeTypeOf(fileName: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

const CHUNK = 0x8000;

/** Base64 without building one huge argument list, so a 25 MB file does not overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface AttachmentFile {
  name: string;
  bytes: Uint8Array;
}

/** The stored record (bytes as base64, encrypted by the vault) and the reference the incident keeps. */
export function attachmentRecord(file: AttachmentFile, incidentId: string, now: Date, id = newRecordId()) {
  const name = file.name.trim().slice(0, 255) || 'evidence';
  const mimeType = mimeTypeOf(name);
  const record: PlanRecord = {
    id,
    kind: INCIDENT_ATTACHMENT_KIND,
    updatedAt: now.toISOString(),
    parentId: incidentId,
    name,
    mimeType,
    size: file.bytes.length,
    data: bytesToBase64(file.bytes),
  };
  return { record, ref: { id, name, mimeType, size: file.bytes.length } };
}

/** The file back from its stored record, or undefined if the record is not one of ours. */
export function attachmentFile(record: PlanRecord | undefined): { name: string; mimeType: string; bytes: Uint8Array } | undefined {
  if (!record || record.kind !== INCIDENT_ATTACHMENT_KIND || typeof record.data !== 'string') return undefined;
  const name = typeof record.name === 'string' ? record.name : 'evidence';
  const mimeType = typeof record.mimeType === 'string' ? record.mimeType : 'application/octet-stream';
  return { name, mimeType, bytes: base64ToBytes(record.data) };
}
