import { describe, expect, it } from 'vitest';
import { attachmentRefSchema } from '../../renderer/src/domain/incident';
import {
  INCIDENT_ATTACHMENT_KIND,
  attachmentFile,
  attachmentRecord,
  base64ToBytes,
  bytesToBase64,
  mimeTypeOf,
} from '../../renderer/src/features/responder/attachments';

const INCIDENT = '00000000-0000-4000-8000-000000000300';
const ID = '00000000-0000-4000-8000-000000000301';

describe('evidence attachments', () => {
  it('round-trips bytes through base64, including files larger than one chunk', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(big))).toEqual(big);
    expect(bytesToBase64(new TextEncoder().encode('hi'))).toBe('aGk=');
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });

  it('guesses the type from the extension', () => {
    expect(mimeTypeOf('psql-output.TXT')).toBe('text/plain');
    expect(mimeTypeOf('screen.png')).toBe('image/png');
    expect(mimeTypeOf('cloudtrail-events.json')).toBe('application/json');
    expect(mimeTypeOf('dump')).toBe('application/octet-stream');
  });

  it('builds the stored record and the reference the incident keeps', () => {
    const bytes = new TextEncoder().encode('FATAL: could not connect');
    const { record, ref } = attachmentRecord({ name: 'psql-output.txt', bytes }, INCIDENT, new Date('2026-03-02T09:14:00Z'), ID);
    expect(record).toMatchObject({ id: ID, kind: INCIDENT_ATTACHMENT_KIND, parentId: INCIDENT, name: 'psql-output.txt', mimeType: 'text/plain', size: bytes.length });
    expect(attachmentRefSchema.parse(ref)).toEqual({ id: ID, name: 'psql-output.txt', mimeType: 'text/plain', size: bytes.length });
    expect(attachmentFile(record)).toEqual({ name: 'psql-output.txt', mimeType: 'text/plain', bytes });
  });

  it('names a file without a name, and refuses records that are not attachments', () => {
    expect(attachmentRecord({ name: '  ', bytes: new Uint8Array(1) }, INCIDENT, new Date(), ID).ref.name).toBe('evidence');
    expect(attachmentFile(undefined)).toBeUndefined();
    expect(attachmentFile({ id: ID, kind: 'note', updatedAt: '2026-03-02T09:14:00.000Z' })).toBeUndefined();
  });
});
