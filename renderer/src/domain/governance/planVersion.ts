import { z } from 'zod';
import { recordBase, type PlanRecord } from '../record';
import { calendarDateSchema } from '../exercise/calendarDate';
import { nextReviewDate } from './annualReview';
import type { Approval } from './approval';
import { planContent, planFingerprint, type PlanContentEntry } from './planContent';
import { verifyApproval } from './signing';

export const PLAN_VERSION_KIND = 'plan-version';

export const PLAN_VERSION_STATUSES = ['draft', 'in-review', 'approved', 'superseded'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

/**
 * One version of the plan on its way to sign-off. Submitting for review freezes the content
 * (snapshot and fingerprint), so what the approvers sign is what was reviewed, and what
 * "changed since approval" compares against.
 */
export const planVersionSchema = recordBase.extend({
  kind: z.literal(PLAN_VERSION_KIND),
  number: z.number().int().min(1),
  status: z.enum(PLAN_VERSION_STATUSES),
  /** Why this version exists, in the author's words. */
  note: z.string().max(2000).default(''),
  submittedAt: z.iso.datetime().optional(),
  fingerprint: z.string().regex(/^[0-9a-f]{128}$/).optional(),
  snapshot: z.array(z.looseObject({ id: z.string(), kind: z.string(), parentId: z.string().optional() })).optional(),
  approvedAt: z.iso.datetime().optional(),
  /** The sign-off day (the latest approval's date), from which the annual review is counted. */
  approvedOn: calendarDateSchema.optional(),
  nextReviewDue: calendarDateSchema.optional(),
  supersededAt: z.iso.datetime().optional(),
  supersededBy: z.uuid().optional(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export type PlanVersionAction =
  | { type: 'submit'; at: string; records: readonly PlanRecord[] }
  | { type: 'withdraw'; at: string }
  | { type: 'approve'; at: string; approvals: readonly Approval[]; currentFingerprint: string }
  | { type: 'supersede'; at: string; by: string };

/** The whole lifecycle: draft → in review → approved → superseded, with review able to go back. */
export const PLAN_VERSION_TRANSITIONS: Readonly<Record<PlanVersionStatus, Partial<Record<PlanVersionAction['type'], PlanVersionStatus>>>> = {
  draft: { submit: 'in-review' },
  'in-review': { withdraw: 'draft', approve: 'approved' },
  approved: { supersede: 'superseded' },
  superseded: {},
};

export type PlanVersionErrorReason = 'illegal-transition' | 'no-valid-approval' | 'changed-during-review';

export class PlanVersionError extends Error {
  constructor(
    readonly reason: PlanVersionErrorReason,
    readonly from: PlanVersionStatus,
    readonly action: PlanVersionAction['type'],
  ) {
    super(
      {
        'illegal-transition': `A plan version that is ${from} cannot be given the action "${action}".`,
        'no-valid-approval': 'The version needs at least one valid signature over its content before it is approved.',
        'changed-during-review': 'The plan changed after it was submitted for review; withdraw it and submit it again.',
      }[reason],
    );
    this.name = 'PlanVersionError';
  }
}

export function allowedActions(status: PlanVersionStatus): Array<PlanVersionAction['type']> {
  return Object.keys(PLAN_VERSION_TRANSITIONS[status]) as Array<PlanVersionAction['type']>;
}

export function canTransition(status: PlanVersionStatus, action: PlanVersionAction['type']): boolean {
  return PLAN_VERSION_TRANSITIONS[status][action] !== undefined;
}

/** Applies one action, or throws PlanVersionError. Never changes its input. */
export function transitionPlanVersion(version: PlanVersion, action: PlanVersionAction): PlanVersion {
  const to = PLAN_VERSION_TRANSITIONS[version.status][action.type];
  if (!to) throw new PlanVersionError('illegal-transition', version.status, action.type);
  const base = { ...version, status: to, updatedAt: action.at };
  switch (action.type) {
    case 'submit': {
      const snapshot: PlanContentEntry[] = planContent(action.records);
      return { ...base, submittedAt: action.at, snapshot, fingerprint: planFingerprint(snapshot) };
    }
    case 'withdraw': {
      const { snapshot: _s, fingerprint: _f, submittedAt: _a, ...rest } = base;
      return rest;
    }
    case 'approve': {
      if (version.fingerprint !== action.currentFingerprint) throw new PlanVersionError('changed-during-review', version.status, action.type);
      const valid = action.approvals.filter((a) => a.versionId === version.id && verifyApproval(a, version.fingerprint as string) === 'valid');
      if (valid.length === 0) throw new PlanVersionError('no-valid-approval', version.status, action.type);
      const approvedOn = valid.map((a) => a.date).sort().at(-1) as string;
      return { ...base, approvedAt: action.at, approvedOn, nextReviewDue: nextReviewDate(approvedOn) };
    }
    case 'supersede':
      return { ...base, supersededAt: action.at, supersededBy: action.by };
  }
}

/** A new draft after `latest` (or the first one). */
export function newDraftVersion(latest: Pick<PlanVersion, 'number'> | undefined, record: { id: string; updatedAt: string; note?: string }): PlanVersion {
  return planVersionSchema.parse({ id: record.id, kind: PLAN_VERSION_KIND, updatedAt: record.updatedAt, number: (latest?.number ?? 0) + 1, status: 'draft', note: record.note ?? '' });
}

/**
 * Approves one version and supersedes whichever was approved before it, returning every record
 * that changed, for the store to save in one transaction.
 */
export function approveVersion(versions: readonly PlanVersion[], versionId: string, approval: Omit<Extract<PlanVersionAction, { type: 'approve' }>, 'type'>): PlanVersion[] {
  const target = versions.find((v) => v.id === versionId);
  if (!target) throw new RangeError(`No plan version ${versionId}`);
  const approved = transitionPlanVersion(target, { type: 'approve', ...approval });
  const superseded = versions
    .filter((v) => v.id !== versionId && v.status === 'approved')
    .map((v) => transitionPlanVersion(v, { type: 'supersede', at: approval.at, by: versionId }));
  return [approved, ...superseded];
}

/** The version in force: the approved one (there is at most one). */
export function currentApprovedVersion(versions: readonly PlanVersion[]): PlanVersion | undefined {
  return versions.find((v) => v.status === 'approved');
}
