import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprintOf } from '../../../renderer/src/domain/canonical';
import {
  NON_PLAN_KINDS,
  PLAN_CONTENT_FORMAT,
  describePlanChanges,
  diffPlans,
  planContent,
  planFingerprint,
} from '../../../renderer/src/domain/governance';
import type { PlanRecord } from '../../../renderer/src/domain/record';
import { IDS, seedPlan, steps, update } from './fixtures';

const plan = seedPlan();
const fingerprint = planFingerprint(plan);

describe('planFingerprint: what is included', () => {
  it('is SHA-512 over the format tag and the records sorted by kind then id, without updatedAt', () => {
    const records = [...plan]
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : 1))
      .map(({ updatedAt: _u, ...rest }) => rest);
    expect(fingerprint).toBe(fingerprintOf({ format: PLAN_CONTENT_FORMAT, records }));
    expect(fingerprint).toMatch(/^[0-9a-f]{128}$/);
  });

  it('does not depend on the order the store lists records in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(plan, { minLength: plan.length, maxLength: plan.length }), (shuffled) => {
        expect(planFingerprint(shuffled)).toBe(fingerprint);
      }),
    );
  });

  it('ignores re-saves that only move updatedAt', () => {
    expect(planFingerprint(plan.map((r) => ({ ...r, updatedAt: '2030-01-01T00:00:00.000Z' })))).toBe(fingerprint);
  });

  it.each(NON_PLAN_KINDS.map((kind) => [kind]))('ignores records of kind %s, which are about the plan, not in it', (kind) => {
    const extra: PlanRecord = { id: IDS.audit, kind, updatedAt: '2025-05-02T00:00:00.000Z', anything: 1 };
    expect(planFingerprint([...plan, extra])).toBe(fingerprint);
  });

  it.each<[string, (records: PlanRecord[]) => PlanRecord[]]>([
    ['a runbook step command', (r) => update(r, IDS.runbook, (rb) => ({ ...rb, steps: steps(rb).map((s) => (s.id === 's3' ? { ...s, command: './promote.sh' } : s)) }))],
    ['the order of runbook steps', (r) => update(r, IDS.runbook, (rb) => ({ ...rb, steps: [...steps(rb)].reverse() }))],
    ['an RTO', (r) => update(r, IDS.payments, (p) => ({ ...p, rtoMinutes: 30 }))],
    ['a phone number', (r) => update(r, IDS.contact, (c) => ({ ...c, primaryPhone: '+966 55 000 0009' }))],
    ['a parent', (r) => update(r, IDS.runbook, (rb) => ({ ...rb, parentId: IDS.accounting }))],
    ['a field added', (r) => update(r, IDS.contact, (c) => ({ ...c, email: 'ben@example.net' }))],
    ['a record removed', (r) => r.filter((x) => x.id !== IDS.template)],
    ['a record of a new kind added', (r) => [...r, { id: IDS.exercise, kind: 'vendor', updatedAt: '2025-05-01T09:00:00.000Z', name: 'Payment gateway' }]],
  ])('changes when %s changes', (_name, edit) => {
    expect(planFingerprint(edit(plan))).not.toBe(fingerprint);
  });

  it('signs a field named "__proto__" like any other, so it cannot be slipped past the fingerprint', () => {
    const withField = (value: unknown) => plan.map((r) => (r.id === IDS.contact ? (JSON.parse(JSON.stringify(r).replace(/^\{/, `{"__proto__":${JSON.stringify(value)},`)) as PlanRecord) : r));
    expect(planFingerprint(withField('a'))).not.toBe(fingerprint);
    expect(planFingerprint(withField('a'))).not.toBe(planFingerprint(withField('b')));
    expect(diffPlans(plan, withField('a')).flatMap((c) => c.lines)).toEqual(["Contact 'Ben Ortiz': proto added: 'a'"]);
  });

  it('a frozen snapshot fingerprints the same as the records it came from', () => {
    const snapshot = planContent(plan);
    expect(planFingerprint(snapshot)).toBe(fingerprint);
    expect(planContent(snapshot)).toEqual(snapshot);
    expect(snapshot.some((r) => 'updatedAt' in r)).toBe(false);
  });
});

describe('diffPlans: what changed, in plain words', () => {
  it.each<[string, (records: PlanRecord[]) => PlanRecord[], string[]]>([
    [
      'a step command',
      (r) => update(r, IDS.runbook, (rb) => ({ ...rb, steps: steps(rb).map((s) => (s.id === 's3' ? { ...s, command: './promote.sh' } : s)) })),
      ["Process 'Payment processing', runbook 'Database failover': step 3 command changed from './promote-replica.sh' to './promote.sh'"],
    ],
    ['an RTO', (r) => update(r, IDS.payments, (p) => ({ ...p, rtoMinutes: 30 })), ["Process 'Payment processing': RTO minutes changed from 60 to 30"]],
    [
      'a step inserted, matched by id so later steps are not reported',
      (r) => update(r, IDS.runbook, (rb) => {
        const s = steps(rb);
        return { ...rb, steps: [...s.slice(0, 3), { id: 's5', title: 'Smoke test', command: 'curl -fsS https://shop.example.net/health', expectedMinutes: 2 }, ...s.slice(3)] };
      }),
      ["Process 'Payment processing', runbook 'Database failover': step 4 'Smoke test' added"],
    ],
    [
      'a step removed',
      (r) => update(r, IDS.runbook, (rb) => ({ ...rb, steps: steps(rb).filter((s) => s.id !== 's2') })),
      ["Process 'Payment processing', runbook 'Database failover': step 2 'Check replica lag' removed"],
    ],
    [
      'steps reordered',
      (r) => update(r, IDS.runbook, (rb) => {
        const [a, b, c, d] = steps(rb);
        return { ...rb, steps: [a, b, d, c] };
      }),
      ["Process 'Payment processing', runbook 'Database failover': order of steps changed"],
    ],
    [
      'a long text, without quoting it',
      (r) => update(r, IDS.runbook, (rb) => ({ ...rb, activationCriteria: 'Service unavailable for more than 15 minutes, or the payment provider reports an SLA breach' })),
      ["Process 'Payment processing', runbook 'Database failover': activation criteria changed"],
    ],
    ['a field added', (r) => update(r, IDS.contact, (c) => ({ ...c, email: 'ben@example.net' })), ["Contact 'Ben Ortiz': email added: 'ben@example.net'"]],
    ['a field removed', (r) => update(r, IDS.contact, ({ primaryPhone: _p, ...c }) => c as PlanRecord), ["Contact 'Ben Ortiz': primary phone removed"]],
    ['a list of words', (r) => update(r, IDS.organisation, (o) => ({ ...o, locations: ['Riyadh', 'Jeddah'] })), ["Organisation 'Souq Online': locations changed"]],
    ['a record removed', (r) => r.filter((x) => x.id !== IDS.contact), ["Contact 'Ben Ortiz' removed"]],
    [
      'a record added',
      (r) => [...r, { id: IDS.exercise, kind: 'recovery-strategy', updatedAt: '2025-05-01T09:00:00.000Z', parentId: IDS.payments, name: 'RDS Multi-AZ' }],
      ["Process 'Payment processing', recovery strategy 'RDS Multi-AZ' added"],
    ],
    ['only updatedAt: nothing', (r) => r.map((x) => ({ ...x, updatedAt: '2031-01-01T00:00:00.000Z' })), []],
  ])('reports %s', (_name, edit, lines) => {
    expect(describePlanChanges(diffPlans(plan, edit(plan)))).toEqual(lines);
  });

  it('keeps the values for the reader', () => {
    const [change] = diffPlans(plan, update(plan, IDS.payments, (p) => ({ ...p, rtoMinutes: 30 })));
    expect(change).toMatchObject({ change: 'changed', kind: 'process', id: IDS.payments, fields: [{ path: 'RTO minutes', change: 'changed', before: 60, after: 30 }] });
  });

  it('is empty exactly when the fingerprints agree', () => {
    const edits: Array<(r: PlanRecord[]) => PlanRecord[]> = [
      (r) => r,
      (r) => update(r, IDS.payments, (p) => ({ ...p, rtoMinutes: 61 })),
      (r) => update(r, IDS.payments, (p) => ({ ...p, updatedAt: '2026-01-01T00:00:00.000Z' })),
      (r) => r.filter((x) => x.id !== IDS.template),
      (r) => [...r].reverse(),
      (r) => update(r, IDS.runbook, (rb) => ({ ...rb, steps: steps(rb).map((s) => ({ ...s, expectedMinutes: s.expectedMinutes + 1 })) })),
      (r) => update(r, IDS.contact, (c) => ({ ...c, kind: 'vendor' })),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...edits), { maxLength: 4 }), (chosen) => {
        const edited = chosen.reduce((records, edit) => edit(records), plan);
        expect(diffPlans(plan, edited).length === 0).toBe(planFingerprint(edited) === fingerprint);
      }),
    );
  });
});
