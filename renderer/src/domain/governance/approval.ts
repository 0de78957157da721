import { z } from 'zod';
import { canonicalBytes } from '../canonical';
import { recordBase } from '../record';
import { calendarDateSchema } from '../exercise/calendarDate';

export const APPROVAL_KIND = 'approval';

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes} bytes in lower-case hex`);

/**
 * How the approver's signing key was derived from their passphrase. Stored with the approval so
 * the same passphrase can later re-derive the same key (to prove who signed, or to sign the next
 * version with the same public key).
 */
export const approverKdfSchema = z.object({
  algorithm: z.literal('argon2id'),
  salt: hex(16),
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().positive(),
});
export type ApproverKdf = z.infer<typeof approverKdfSchema>;

/** Management sign-off of one plan version: a real Ed25519 signature anyone can check offline. */
export const approvalSchema = recordBase.extend({
  kind: z.literal(APPROVAL_KIND),
  /** The plan version approved; also in the signed message, so moving the approval is detected. */
  versionId: z.uuid(),
  approverName: z.string().trim().min(1).max(200),
  approverRole: z.string().trim().min(1).max(200),
  /** The day of sign-off, as the approver would write it under a paper signature. */
  date: calendarDateSchema,
  /** The plan fingerprint signed (see planFingerprint). */
  fingerprint: hex(64),
  publicKey: hex(32),
  signature: hex(64),
  kdf: approverKdfSchema,
});
export type Approval = z.infer<typeof approvalSchema>;

/** What the signature covers. The purpose string keeps it from being valid as anything else. */
export const APPROVAL_PURPOSE = 'Lifeboat business continuity plan approval, version 1';

export type SignedApprovalFields = Pick<Approval, 'versionId' | 'fingerprint' | 'approverName' | 'approverRole' | 'date'>;

/**
 * The signed message: the UTF-8 canonical JSON of
 * `{ purpose, versionId, fingerprint, approverName, approverRole, date }`, so it binds the plan
 * content, the version, who signed in which role, and when.
 */
export function approvalMessage(fields: SignedApprovalFields): Uint8Array {
  return canonicalBytes({
    purpose: APPROVAL_PURPOSE,
    versionId: fields.versionId,
    fingerprint: fields.fingerprint,
    approverName: fields.approverName,
    approverRole: fields.approverRole,
    date: fields.date,
  });
}
