import { describe, expect, it } from 'vitest';
import nacl from 'tweetnacl';
import { bytesToHex } from '../../../renderer/src/domain/canonical';
import {
  APPROVAL_KDF_DEFAULTS,
  SigningError,
  approvalMessage,
  approvalSchema,
  confirmApprover,
  planFingerprint,
  signApproval,
  verifyApproval,
  type Approval,
  type SignApprovalRequest,
} from '../../../renderer/src/domain/governance';
import { IDS, TEST_COST, seedPlan, steps, update } from './fixtures';

const plan = seedPlan();
const fingerprint = planFingerprint(plan);

const request: SignApprovalRequest = {
  id: IDS.approval1,
  updatedAt: '2025-05-12T10:00:00.000Z',
  versionId: IDS.version1,
  fingerprint,
  approverName: 'Amal Haddad',
  approverRole: 'Managing Director',
  date: '2025-05-12',
  passphrase: 'correct horse battery staple lifeboat',
  cost: TEST_COST,
  allowWeakKdf: true,
};

const approval = await signApproval(request);

describe('signApproval', () => {
  it('stores name, role, date, fingerprint, public key, signature and the KDF salt', () => {
    expect(approvalSchema.parse(approval)).toEqual(approval);
    expect(approval).toMatchObject({
      kind: 'approval',
      parentId: IDS.version1,
      versionId: IDS.version1,
      approverName: 'Amal Haddad',
      approverRole: 'Managing Director',
      date: '2025-05-12',
      fingerprint,
      kdf: { algorithm: 'argon2id', ...TEST_COST },
    });
    expect(approval.publicKey).toMatch(/^[0-9a-f]{64}$/);
    expect(approval.signature).toMatch(/^[0-9a-f]{128}$/);
    expect(approval.kdf.salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('signs with a detached Ed25519 signature anyone can check with tweetnacl alone', () => {
    const ok = nacl.sign.detached.verify(approvalMessage(approval), Buffer.from(approval.signature, 'hex'), Buffer.from(approval.publicKey, 'hex'));
    expect(ok).toBe(true);
  });

  it('derives the same key from the same passphrase and the approver’s stored salt', async () => {
    const again = await signApproval({ ...request, id: IDS.approval2, versionId: IDS.version2, approverKdf: approval.kdf });
    expect(again.publicKey).toBe(approval.publicKey);
    expect(again.kdf).toEqual(approval.kdf);
  });

  it('uses a fresh random salt for a new approver, so equal passphrases give different keys', async () => {
    const other = await signApproval(request);
    expect(other.kdf.salt).not.toBe(approval.kdf.salt);
    expect(other.publicKey).not.toBe(approval.publicKey);
  });

  it('normalises the passphrase, so é typed precomposed or combined gives the same key', async () => {
    const composed = await signApproval({ ...request, passphrase: 'caf\u00e9 au lait à minuit', approverKdf: approval.kdf });
    const decomposed = await signApproval({ ...request, passphrase: 'cafe\u0301 au lait a\u0300 minuit', approverKdf: approval.kdf });
    expect(decomposed.publicKey).toBe(composed.publicKey);
  });

  it('lets the approver prove it was them, and nobody else', async () => {
    expect(await confirmApprover(approval, request.passphrase)).toBe(true);
    expect(await confirmApprover(approval, 'correct horse battery stapler lifeboat')).toBe(false);
  });

  it.each<[string, Partial<SignApprovalRequest>, SigningError['reason']]>([
    ['a KDF below the floor unless explicitly allowed', { allowWeakKdf: false }, 'weak-kdf'],
    ['an empty passphrase', { passphrase: '' }, 'empty-passphrase'],
    ['a damaged stored salt', { approverKdf: { ...approval.kdf, salt: 'zz' } }, 'bad-salt'],
  ])('refuses %s', async (_name, change, reason) => {
    await expect(signApproval({ ...request, ...change })).rejects.toMatchObject({ name: SigningError.name, reason });
  });

  it('uses Argon2id with m = 64 MiB, t = 3, p = 1 by default', async () => {
    const { cost: _c, allowWeakKdf: _w, ...production } = request;
    const signed = await signApproval(production);
    expect(signed.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(APPROVAL_KDF_DEFAULTS).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(verifyApproval(signed, fingerprint)).toBe('valid');
  });
});

describe('verifyApproval', () => {
  it('says valid for an untouched approval of the unchanged plan', () => {
    expect(verifyApproval(approval, fingerprint)).toBe('valid');
  });

  it('says changed since approval once the plan is edited', () => {
    const edited = update(plan, IDS.runbook, (rb) => ({ ...rb, steps: steps(rb).map((s) => (s.id === 's3' ? { ...s, command: './promote.sh' } : s)) }));
    expect(verifyApproval(approval, planFingerprint(edited))).toBe('changed-since-approval');
  });

  const otherKeys = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(7));
  const flip = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);

  it.each<[string, Partial<Approval>]>([
    ['the approver’s name', { approverName: 'Mallory' }],
    ['the role', { approverRole: 'Intern' }],
    ['the date', { date: '2025-05-13' }],
    ['the version', { versionId: IDS.version2 }],
    ['the signed fingerprint (changing it to match an edited plan)', { fingerprint: flip(fingerprint) }],
    ['a signature bit', { signature: flip(approval.signature) }],
    ['the public key, swapped for another key', { publicKey: bytesToHex(otherKeys.publicKey) }],
    ['a malformed public key', { publicKey: 'abc' }],
    ['a truncated signature', { signature: approval.signature.slice(0, 64) }],
  ])('says invalid when %s is altered', (_name, change) => {
    const altered = { ...approval, ...change };
    // Checked against the fingerprint the altered record claims, so only the signature can catch it.
    expect(verifyApproval(altered, altered.fingerprint)).toBe('invalid');
  });

  it('says invalid for a signature made with someone else’s key over the same content', () => {
    const forged = nacl.sign.detached(approvalMessage(approval), otherKeys.secretKey);
    expect(verifyApproval({ ...approval, signature: bytesToHex(forged) }, fingerprint)).toBe('invalid');
  });

  it('accepts a consistent approval made with another key: which key is whose is confirmApprover’s job', () => {
    const signature = nacl.sign.detached(approvalMessage(approval), otherKeys.secretKey);
    const resigned = { ...approval, publicKey: bytesToHex(otherKeys.publicKey), signature: bytesToHex(signature) };
    expect(verifyApproval(resigned, fingerprint)).toBe('valid');
  });

  it('says invalid rather than failing for a record missing fields', () => {
    const { approverName: _n, ...damaged } = approval;
    expect(verifyApproval(damaged as Approval, fingerprint)).toBe('invalid');
  });
});
