import type { PlanRecord } from '../record';
import type { Approval } from './approval';
import { planFingerprint, type PlanContentEntry } from './planContent';
import { diffPlans, type PlanChange } from './planDiff';
import type { PlanVersion } from './planVersion';
import { verifyApproval, type ApprovalVerdict } from './signing';

export type SignOffState = 'not-approved' | ApprovalVerdict;

export interface SignOffCheck {
  state: SignOffState;
  currentFingerprint: string;
  /** The approvals of the version checked, each with its own verdict. */
  approvals: Array<{ approval: Approval; verdict: ApprovalVerdict }>;
  /** From the approved snapshot to the current plan; empty unless the plan changed since approval. */
  changes: PlanChange[];
}

/**
 * The "Verify sign-off" answer for the version in force, against the plan as it is now.
 *
 * `invalid` wins over everything: a signature that does not verify, an approved version with no
 * signature at all, a version whose recorded fingerprint is not the one signed, or a snapshot
 * that no longer hashes to that fingerprint (the diff would then be a lie). Otherwise
 * `changed-since-approval` with the readable list of changes, or `valid`. Approvals are matched
 * to the version by the signed versionId, not by where they are stored.
 */
export function checkSignOff(
  version: PlanVersion | undefined,
  approvals: readonly Approval[],
  currentRecords: readonly PlanRecord[] | readonly PlanContentEntry[],
): SignOffCheck {
  const currentFingerprint = planFingerprint(currentRecords);
  if (!version || (version.status !== 'approved' && version.status !== 'superseded')) {
    return { state: 'not-approved', currentFingerprint, approvals: [], changes: [] };
  }
  const own = approvals.filter((a) => a.versionId === version.id);
  const checked = own.map((approval) => ({ approval, verdict: verifyApproval(approval, currentFingerprint) }));
  const snapshot = version.snapshot ?? [];
  const frozenIntact = version.fingerprint !== undefined && planFingerprint(snapshot) === version.fingerprint;
  const signedWhatWasFrozen = own.every((a) => a.fingerprint === version.fingerprint);
  if (checked.length === 0 || !frozenIntact || !signedWhatWasFrozen || checked.some((c) => c.verdict === 'invalid')) {
    return { state: 'invalid', currentFingerprint, approvals: checked, changes: [] };
  }
  if (checked.some((c) => c.verdict === 'changed-since-approval')) {
    return { state: 'changed-since-approval', currentFingerprint, approvals: checked, changes: diffPlans(snapshot, currentRecords) };
  }
  return { state: 'valid', currentFingerprint, approvals: checked, changes: [] };
}
