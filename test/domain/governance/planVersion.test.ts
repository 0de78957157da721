import { describe, expect, it } from 'vitest';
import {
  PLAN_VERSION_STATUSES,
  PlanVersionError,
  allowedActions,
  approveVersion,
  canTransition,
  checkSignOff,
  currentApprovedVersion,
  newDraftVersion,
  nextReviewDate,
  planFingerprint,
  reviewStatus,
  signApproval,
  transitionPlanVersion,
  type Approval,
  type PlanVersion,
  type PlanVersionAction,
  type PlanVersionStatus,
} from '../../../renderer/src/domain/governance';
import type { PlanRecord } from '../../../renderer/src/domain/record';
import { IDS, TEST_COST, seedPlan, steps, update } from './fixtures';

const plan = seedPlan();
const fingerprint = planFingerprint(plan);
const AT = '2025-05-12T10:00:00.000Z';

const draft = newDraftVersion(undefined, { id: IDS.version1, updatedAt: '2025-05-01T09:00:00.000Z', note: 'First plan' });
const inReview = transitionPlanVersion(draft, { type: 'submit', at: AT, records: plan });

async function sign(versionId: string, signedFingerprint: string, date = '2025-05-12', approverRole = 'Managing Director'): Promise<Approval> {
  return signApproval({
    id: IDS.approval1,
    updatedAt: AT,
    versionId,
    fingerprint: signedFingerprint,
    approverName: 'Amal Haddad',
    approverRole,
    date,
    passphrase: 'correct horse battery staple lifeboat',
    cost: TEST_COST,
    allowWeakKdf: true,
  });
}

const approval = await sign(IDS.version1, fingerprint);
const approved = transitionPlanVersion(inReview, { type: 'approve', at: AT, approvals: [approval], currentFingerprint: fingerprint });

describe('the plan version state machine', () => {
  const actionFor: Record<PlanVersionAction['type'], PlanVersionAction> = {
    submit: { type: 'submit', at: AT, records: plan },
    withdraw: { type: 'withdraw', at: AT },
    approve: { type: 'approve', at: AT, approvals: [approval], currentFingerprint: fingerprint },
    supersede: { type: 'supersede', at: AT, by: IDS.version2 },
  };
  const inStatus: Record<PlanVersionStatus, PlanVersion> = {
    draft,
    'in-review': inReview,
    approved,
    superseded: transitionPlanVersion(approved, actionFor.supersede),
  };
  const expected: Record<PlanVersionStatus, Partial<Record<PlanVersionAction['type'], PlanVersionStatus>>> = {
    draft: { submit: 'in-review' },
    'in-review': { withdraw: 'draft', approve: 'approved' },
    approved: { supersede: 'superseded' },
    superseded: {},
  };
  const cases = PLAN_VERSION_STATUSES.flatMap((from) => (Object.keys(actionFor) as Array<PlanVersionAction['type']>).map((action) => [from, action, expected[from][action] ?? null] as const));

  it.each(cases)('%s + %s → %s', (from, action, to) => {
    expect(canTransition(from, action)).toBe(to !== null);
    if (to) {
      expect(transitionPlanVersion(inStatus[from], actionFor[action]).status).toBe(to);
    } else {
      expect(() => transitionPlanVersion(inStatus[from], actionFor[action])).toThrow(expect.objectContaining({ name: PlanVersionError.name, reason: 'illegal-transition', from, action }));
    }
  });

  it('lists the allowed actions for the UI', () => {
    expect(allowedActions('in-review')).toEqual(['withdraw', 'approve']);
    expect(allowedActions('superseded')).toEqual([]);
  });

  it('numbers drafts after the latest version', () => {
    expect(draft).toMatchObject({ number: 1, status: 'draft', note: 'First plan' });
    expect(newDraftVersion(approved, { id: IDS.version2, updatedAt: AT }).number).toBe(2);
  });

  it('freezes the content on submission and releases it on withdrawal', () => {
    expect(inReview).toMatchObject({ status: 'in-review', fingerprint, submittedAt: AT });
    expect(planFingerprint(inReview.snapshot ?? [])).toBe(fingerprint);
    const withdrawn = transitionPlanVersion(inReview, { type: 'withdraw', at: AT });
    expect(withdrawn).not.toHaveProperty('snapshot');
    expect(withdrawn).not.toHaveProperty('fingerprint');
  });

  it('approves with a valid signature, setting the sign-off day and the review date a year on', () => {
    expect(approved).toMatchObject({ status: 'approved', approvedAt: AT, approvedOn: '2025-05-12', nextReviewDue: '2026-05-12' });
  });

  it('refuses approval without a valid signature over the frozen content', async () => {
    const forOtherVersion = await sign(IDS.version2, fingerprint);
    const forOtherContent = await sign(IDS.version1, planFingerprint(update(plan, IDS.payments, (p) => ({ ...p, rtoMinutes: 1 }))));
    const forged = { ...approval, approverName: 'Mallory' };
    for (const approvals of [[], [forOtherVersion], [forOtherContent], [forged]]) {
      expect(() => transitionPlanVersion(inReview, { type: 'approve', at: AT, approvals, currentFingerprint: fingerprint })).toThrow(
        expect.objectContaining({ reason: 'no-valid-approval' }),
      );
    }
  });

  it('refuses approval when the plan changed while in review', () => {
    const changed = planFingerprint(update(plan, IDS.payments, (p) => ({ ...p, rtoMinutes: 1 })));
    expect(() => transitionPlanVersion(inReview, { type: 'approve', at: AT, approvals: [approval], currentFingerprint: changed })).toThrow(
      expect.objectContaining({ reason: 'changed-during-review' }),
    );
  });

  it('supersedes the previously approved version when the next is approved', async () => {
    const next = transitionPlanVersion(newDraftVersion(approved, { id: IDS.version2, updatedAt: AT }), { type: 'submit', at: AT, records: plan });
    const approval2 = await sign(IDS.version2, fingerprint, '2026-05-01');
    const changed = approveVersion([approved, next], IDS.version2, { at: '2026-05-01T08:00:00.000Z', approvals: [approval2], currentFingerprint: fingerprint });
    expect(changed.map((v) => [v.id, v.status])).toEqual([
      [IDS.version2, 'approved'],
      [IDS.version1, 'superseded'],
    ]);
    expect(changed[1]).toMatchObject({ supersededBy: IDS.version2, supersededAt: '2026-05-01T08:00:00.000Z' });
    expect(currentApprovedVersion(changed)?.id).toBe(IDS.version2);
  });

  it('never changes the version it is given', () => {
    const before = structuredClone(inReview);
    transitionPlanVersion(inReview, { type: 'withdraw', at: AT });
    expect(inReview).toEqual(before);
  });
});

describe('annual review', () => {
  it.each([
    ['2025-05-12', '2026-05-12'],
    ['2024-02-29', '2025-02-28'],
    ['2025-12-31', '2026-12-31'],
  ])('approved on %s: next review by %s', (approvedOn, due) => {
    expect(nextReviewDate(approvedOn)).toBe(due);
  });

  it.each([
    ['2025-06-01', 'current', 345],
    ['2026-04-12', 'due-soon', 30],
    ['2026-05-12', 'due-soon', 0],
    ['2026-05-13', 'overdue', -1],
  ] as const)('seen on %s the review is %s', (today, state, days) => {
    expect(reviewStatus(approved, today)).toEqual({ state, nextReviewDue: '2026-05-12', daysUntilDue: days });
  });

  it('has no review date before the first approval', () => {
    expect(reviewStatus(draft, '2025-06-01')).toEqual({ state: 'not-approved' });
    expect(reviewStatus(undefined, '2025-06-01')).toEqual({ state: 'not-approved' });
  });
});

describe('checkSignOff', () => {
  const editRunbook = (records: PlanRecord[]) =>
    update(records, IDS.runbook, (rb) => ({ ...rb, steps: steps(rb).map((s) => (s.id === 's3' ? { ...s, command: './promote.sh' } : s)) }));

  it('is valid for the plan as approved', () => {
    const check = checkSignOff(approved, [approval], plan);
    expect(check.state).toBe('valid');
    expect(check.approvals.map((a) => a.verdict)).toEqual(['valid']);
    expect(check.changes).toEqual([]);
  });

  it('says changed since approval, with what changed, after a runbook edit', () => {
    const check = checkSignOff(approved, [approval], editRunbook(plan));
    expect(check.state).toBe('changed-since-approval');
    expect(check.changes.flatMap((c) => c.lines)).toEqual([
      "Process 'Payment processing', runbook 'Database failover': step 3 command changed from './promote-replica.sh' to './promote.sh'",
    ]);
  });

  it('is valid again once the edit is undone', () => {
    expect(checkSignOff(approved, [approval], editRunbook(plan).map((r) => (r.id === IDS.runbook ? (plan[3] as PlanRecord) : r))).state).toBe('valid');
  });

  it.each<[string, () => [PlanVersion, Approval[]]]>([
    ['an altered signature field', () => [approved, [{ ...approval, approverRole: 'Chair' }]]],
    ['no signature at all', () => [approved, []]],
    ['an approval moved from another version', () => [{ ...approved, id: IDS.version2 }, [{ ...approval, parentId: IDS.version2 }]]],
    ['a tampered snapshot, which would make the diff lie', () => [{ ...approved, snapshot: editRunbook(approved.snapshot as PlanRecord[]) }, [approval]]],
    ['a version fingerprint that is not the one signed', () => [{ ...approved, fingerprint: planFingerprint(editRunbook(plan)), snapshot: editRunbook(plan) }, [approval]]],
  ])('is invalid for %s', (_name, make) => {
    const [version, approvals] = make();
    expect(checkSignOff(version, approvals, plan).state).toBe('invalid');
  });

  it('is not approved before any approval', () => {
    expect(checkSignOff(inReview, [approval], plan).state).toBe('not-approved');
    expect(checkSignOff(undefined, [], plan)).toMatchObject({ state: 'not-approved', currentFingerprint: fingerprint });
  });
});
