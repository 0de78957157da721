import nacl from 'tweetnacl';
import { argon2id } from 'hash-wasm';
import { bytesToHex, hexToBytes } from '../canonical';
import { APPROVAL_KIND, approvalMessage, approvalSchema, type Approval, type ApproverKdf, type SignedApprovalFields } from './approval';

/** The design's Argon2id cost, as for the vault: m = 64 MiB, t = 3, p = 1. */
export const APPROVAL_KDF_DEFAULTS = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

/**
 * Below this a signing key is refused unless a test asks for it explicitly. It matters more here
 * than it seems: an approval publishes the salt and the public key, which together let anyone
 * test passphrase guesses offline, so the KDF's cost is the passphrase's only protection.
 * Same floor as the vault (m = 19 MiB, t = 2, OWASP's minimum for Argon2id).
 */
export const APPROVAL_KDF_FLOOR = { memoryKiB: 19 * 1024, iterations: 2 } as const;

export type KdfCost = { memoryKiB: number; iterations: number; parallelism: number };

export class SigningError extends Error {
  constructor(readonly reason: 'weak-kdf' | 'empty-passphrase' | 'bad-salt') {
    super(
      {
        'weak-kdf': 'The signing key derivation settings are below the safe minimum.',
        'empty-passphrase': 'Enter your signing passphrase.',
        'bad-salt': 'The stored signing salt is damaged.',
      }[reason],
    );
    this.name = 'SigningError';
  }
}

export function isBelowKdfFloor(cost: Pick<KdfCost, 'memoryKiB' | 'iterations'>): boolean {
  return cost.memoryKiB < APPROVAL_KDF_FLOOR.memoryKiB || cost.iterations < APPROVAL_KDF_FLOOR.iterations;
}

/**
 * passphrase → Argon2id(salt, cost) → 32-byte seed → Ed25519 key pair. The passphrase is
 * NFC-normalised first, so the same words typed on another keyboard or system give the same key.
 */
export async function deriveApproverKeyPair(passphrase: string, kdf: ApproverKdf): Promise<nacl.SignKeyPair> {
  const salt = hexToBytes(kdf.salt);
  if (!salt || salt.length !== 16) throw new SigningError('bad-salt');
  const seed = await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    memorySize: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    hashLength: nacl.sign.seedLength,
    outputType: 'binary',
  });
  try {
    return nacl.sign.keyPair.fromSeed(seed);
  } finally {
    seed.fill(0);
  }
}

export interface SignApprovalRequest extends SignedApprovalFields {
  passphrase: string;
  /** The new approval record's id and save time (the domain neither invents ids nor reads clocks). */
  id: string;
  updatedAt: string;
  /**
   * The approver's own salt and cost from an earlier approval, so the same passphrase gives the
   * same public key again. Without it, a fresh random 16-byte salt and the default cost.
   */
  approverKdf?: ApproverKdf;
  /** Cheaper Argon2id for tests. Refused below APPROVAL_KDF_FLOOR unless `allowWeakKdf`. */
  cost?: KdfCost;
  allowWeakKdf?: boolean;
}

export async function signApproval(request: SignApprovalRequest): Promise<Approval> {
  if (request.passphrase.length === 0) throw new SigningError('empty-passphrase');
  const kdf: ApproverKdf = request.approverKdf ?? {
    algorithm: 'argon2id',
    salt: bytesToHex(nacl.randomBytes(16)),
    ...(request.cost ?? APPROVAL_KDF_DEFAULTS),
  };
  if (isBelowKdfFloor(kdf) && !request.allowWeakKdf) throw new SigningError('weak-kdf');
  const keys = await deriveApproverKeyPair(request.passphrase, kdf);
  try {
    const fields: SignedApprovalFields = {
      versionId: request.versionId,
      fingerprint: request.fingerprint,
      approverName: request.approverName.trim(),
      approverRole: request.approverRole.trim(),
      date: request.date,
    };
    const signature = nacl.sign.detached(approvalMessage(fields), keys.secretKey);
    return approvalSchema.parse({
      id: request.id,
      kind: APPROVAL_KIND,
      updatedAt: request.updatedAt,
      parentId: request.versionId,
      ...fields,
      publicKey: bytesToHex(keys.publicKey),
      signature: bytesToHex(signature),
      kdf,
    });
  } finally {
    keys.secretKey.fill(0);
  }
}

export type ApprovalVerdict = 'valid' | 'invalid' | 'changed-since-approval';

/**
 * Checks an approval offline, with nothing but the record and the plan's current fingerprint:
 * - `invalid`: the signature does not verify under the stored public key, i.e. the approval
 *   was forged, altered after signing (name, role, date, version or fingerprint), or damaged;
 * - `changed-since-approval`: the signature is genuine but the plan's content is no longer what
 *   was signed;
 * - `valid`: genuine, and the plan is exactly what was signed.
 *
 * A valid signature proves that whoever holds the key signed; that the key is the named
 * person's is shown by confirmApprover (they re-enter their passphrase) or by comparing the
 * public key with one recorded earlier, e.g. on the printed kit.
 */
export function verifyApproval(approval: Approval, currentFingerprint: string): ApprovalVerdict {
  try {
    const publicKey = hexToBytes(approval.publicKey);
    const signature = hexToBytes(approval.signature);
    if (publicKey?.length !== nacl.sign.publicKeyLength || signature?.length !== nacl.sign.signatureLength) return 'invalid';
    if (!nacl.sign.detached.verify(approvalMessage(approval), signature, publicKey)) return 'invalid';
  } catch {
    // A record too damaged to rebuild the message from is not a valid approval.
    return 'invalid';
  }
  return approval.fingerprint === currentFingerprint ? 'valid' : 'changed-since-approval';
}

/** True when `passphrase` re-derives the approval's public key: the approver proving it was them. */
export async function confirmApprover(approval: Approval, passphrase: string): Promise<boolean> {
  const keys = await deriveApproverKeyPair(passphrase, approval.kdf);
  keys.secretKey.fill(0);
  const stored = hexToBytes(approval.publicKey);
  return stored !== undefined && stored.length === keys.publicKey.length && nacl.verify(stored, keys.publicKey);
}
