import { describe, expect, it } from 'vitest';
import { deriveBia } from '../../../renderer/src/domain/bia/derive';
import { describeWarning } from '../../../renderer/src/domain/bia/describeWarning';
import type { BiaWarning } from '../../../renderer/src/domain/bia/warnings';
import { grid, PlanBuilder } from './plan.fixture';

const crossesAt8h = grid({ financial: [0, 1, 3, 3, 3, 3, 3] });

function warningsOf(b: PlanBuilder): BiaWarning[] {
  return deriveBia(b.build()).warnings;
}
const codes = (ws: BiaWarning[]) => ws.map((w) => w.code);

describe('biaWarnings', () => {
  it('a clean process has none', () => {
    const b = new PlanBuilder()
      .process('Payments', { levels: crossesAt8h, rtoMinutes: 60, rpoMinutes: 15 })
      .contact('Alex')
      .asset('Server', { achievableRtoMinutes: 30, achievableRpoMinutes: 5, contactId: undefined })
      .link('Payments', 'Server', { contact: 'Alex' })
      .link('Payments', 'Alex');
    expect(warningsOf(b)).toEqual([]);
  });

  it.each([
    ['RTO equal to MTPD', { rtoMinutes: 480, rpoMinutes: 15 }, ['rto-not-below-mtpd']],
    ['RTO above MTPD', { rtoMinutes: 1440, rpoMinutes: 15 }, ['rto-not-below-mtpd']],
    ['RTO above an overridden MTPD', { rtoMinutes: 240, rpoMinutes: 15, mtpdOverrideMinutes: 120 }, ['rto-not-below-mtpd']],
    ['zero RTO', { rtoMinutes: 0, rpoMinutes: 15 }, ['zero-rto']],
    ['zero RPO', { rtoMinutes: 60, rpoMinutes: 0 }, ['zero-rpo']],
    ['no objectives', {}, ['missing-objectives']],
    ['no RPO', { rtoMinutes: 60 }, ['missing-objectives']],
    ['no owner', { rtoMinutes: 60, rpoMinutes: 15, owner: '  ' }, ['process-without-owner']],
  ])('%s', (_name, options, expected) => {
    expect(codes(warningsOf(new PlanBuilder().process('P', { levels: crossesAt8h, ...options })))).toEqual(expected);
  });

  it('RTO ≥ MTPD carries the numbers and a fix target on the RTO field', () => {
    const b = new PlanBuilder().process('Payments', { levels: crossesAt8h, rtoMinutes: 480, rpoMinutes: 15 });
    const [w] = warningsOf(b);
    expect(w).toMatchObject({
      code: 'rto-not-below-mtpd',
      severity: 'error',
      processId: b.id('Payments'),
      messageKey: 'bia.warning.rto-not-below-mtpd',
      params: { processName: 'Payments', rtoMinutes: 480, mtpdMinutes: 480, mtpdSource: 'suggested' },
      fix: { entity: 'objectives', recordId: b.plan.objectives[0]?.id, field: 'rtoMinutes' },
    });
    expect(describeWarning(w!)).toBe('"Payments": the RTO (8 h) must be shorter than the MTPD (8 h).');
  });

  it('missing objectives point at the process when no objectives record exists', () => {
    const b = new PlanBuilder().process('P');
    expect(warningsOf(b)[0]).toMatchObject({ params: { missing: 'rto+rpo' }, fix: { entity: 'objectives', recordId: b.id('P'), field: 'rtoMinutes' } });
    expect(describeWarning(warningsOf(b)[0]!)).toBe('"P" has no RTO or RPO yet.');
  });

  it('roll-down across a shared dependency is reported once, on the strictest process', () => {
    const b = new PlanBuilder()
      .contact('Alex')
      .process('Payments', { rtoMinutes: 60, rpoMinutes: 15 })
      .process('Accounting', { rtoMinutes: 480, rpoMinutes: 1440 })
      .asset('Postgres DB', { type: 'database', achievableRtoMinutes: 240, achievableRpoMinutes: 1440 })
      .link('Accounting', 'Postgres DB', { contact: 'Alex' })
      .link('Payments', 'Postgres DB', { contact: 'Alex' });
    const ws = warningsOf(b);
    expect(codes(ws)).toEqual(['roll-down-rto', 'roll-down-rpo']);
    expect(ws[0]).toMatchObject({
      severity: 'error',
      processId: b.id('Payments'),
      dependencyId: b.id('Payments->Postgres DB'),
      params: { targetName: 'Postgres DB', capabilityMinutes: 240, requiredMinutes: 60, processCount: 2, processName: 'Payments' },
      fix: { entity: 'asset', recordId: b.id('Postgres DB'), field: 'achievableRtoMinutes' },
    });
    expect(ws.map(describeWarning)).toEqual([
      '"Postgres DB" can be back in 4 h, but "Payments" needs it back within 1 h (its RTO).',
      '"Postgres DB" can lose up to 24 h of data, but "Payments" can lose at most 15 min (its RPO).',
    ]);
  });

  it('a vendor SLA slower than the RTO points the fix at the SLA', () => {
    const b = new PlanBuilder()
      .process('Payments', { rtoMinutes: 60, rpoMinutes: 15 })
      .vendor('Gateway', { slaRtoMinutes: 120, slaRpoMinutes: 15, supportContacts: [{ label: 'Helpdesk', phone: '0800' }] })
      .link('Payments', 'Gateway');
    expect(warningsOf(b).map((w) => [w.code, w.fix.entity, w.fix.field])).toEqual([['roll-down-rto', 'vendor', 'slaRtoMinutes']]);
  });

  it('unknown capability is flagged as info', () => {
    const b = new PlanBuilder().contact('Alex').process('P', { rtoMinutes: 60, rpoMinutes: 15 }).asset('A', { achievableRpoMinutes: 5 }).link('P', 'A', { contact: 'Alex' });
    const ws = warningsOf(b);
    expect(ws.map((w) => [w.code, w.severity, w.params.metric])).toEqual([['capability-unknown', 'info', 'rto']]);
    expect(describeWarning(ws[0]!)).toBe('"A" has no known recovery time, so it cannot be checked against the RTO of "P" (1 h).');
  });

  describe('required dependency without a contact', () => {
    const base = () => new PlanBuilder().process('P', { rtoMinutes: 60, rpoMinutes: 15 }).contact('Alex');
    it.each([
      ['asset with nobody to call', (b: PlanBuilder) => b.asset('A', { achievableRtoMinutes: 1, achievableRpoMinutes: 1 }).link('P', 'A'), true],
      ['optional asset with nobody to call', (b: PlanBuilder) => b.asset('A', { achievableRtoMinutes: 1, achievableRpoMinutes: 1 }).link('P', 'A', { required: false }), false],
      ['contact on the link', (b: PlanBuilder) => b.asset('A', { achievableRtoMinutes: 1, achievableRpoMinutes: 1 }).link('P', 'A', { contact: 'Alex' }), false],
      ['contact on the asset', (b: PlanBuilder) => b.asset('A', { achievableRtoMinutes: 1, achievableRpoMinutes: 1, contactId: b.id('Alex') }).link('P', 'A'), false],
      ['vendor without support contacts', (b: PlanBuilder) => b.vendor('V', { slaRtoMinutes: 1, slaRpoMinutes: 1 }).link('P', 'V'), true],
      ['vendor with a helpdesk', (b: PlanBuilder) => b.vendor('V', { slaRtoMinutes: 1, slaRpoMinutes: 1, supportContacts: [{ label: 'Desk', phone: '1' }] }).link('P', 'V'), false],
      ['a person', (b: PlanBuilder) => b.link('P', 'Alex'), false],
    ])('%s', (_name, add, expected) => {
      const ws = warningsOf(add(base()));
      expect(codes(ws).includes('required-dependency-without-contact')).toBe(expected);
      if (expected) expect(describeWarning(ws[0]!)).toMatch(/^"P" needs "[AV]", but nobody is named to call about it\.$/);
    });
  });

  it('a link to a deleted record is an error on the dependency', () => {
    const b = new PlanBuilder().process('P', { rtoMinutes: 60, rpoMinutes: 15 }).asset('A').link('P', 'A');
    const plan = b.build({ assets: [] });
    const ws = deriveBia(plan).warnings;
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ code: 'dependency-target-missing', severity: 'error', dependencyId: b.id('P->A'), fix: { entity: 'dependency', field: 'targetId' } });
    expect(describeWarning(ws[0]!)).toBe('A dependency of "P" points to a component that no longer exists.');
  });

  it('every code has an English description without placeholders left over', () => {
    const b = new PlanBuilder()
      .process('P', { owner: '', levels: crossesAt8h, rtoMinutes: 0, rpoMinutes: 0 })
      .process('Q')
      .process('R', { levels: crossesAt8h, rtoMinutes: 600, rpoMinutes: 60 })
      .asset('A', { achievableRpoMinutes: 60 })
      .link('P', 'A');
    const ws = warningsOf(b);
    expect(new Set(codes(ws))).toEqual(
      new Set(['process-without-owner', 'rto-not-below-mtpd', 'zero-rto', 'zero-rpo', 'required-dependency-without-contact', 'missing-objectives', 'capability-unknown', 'roll-down-rpo']),
    );
    for (const w of ws) expect(describeWarning(w)).not.toMatch(/undefined|""|(^|[ (])\?/);
    expect(new Set(ws.map((w) => w.key)).size).toBe(ws.length);
  });
});
