import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../renderer/src/domain/bia/plan';
import { computeRollDown, rollDownKey } from '../../../renderer/src/domain/bia/rollDown';
import { PlanBuilder } from './plan.fixture';

function rollDownOf(b: PlanBuilder, target: string, type: 'asset' | 'vendor' = 'asset') {
  return computeRollDown(indexPlan(b.build())).get(rollDownKey(type, b.id(target)));
}

describe('computeRollDown', () => {
  it('a shared asset answers to the stricter of two processes', () => {
    const b = new PlanBuilder()
      .process('Payments', { rtoMinutes: 60, rpoMinutes: 240 })
      .process('Accounting', { rtoMinutes: 480, rpoMinutes: 15 })
      .asset('Postgres DB', { type: 'database', achievableRtoMinutes: 240, achievableRpoMinutes: 60 })
      .link('Accounting', 'Postgres DB')
      .link('Payments', 'Postgres DB');
    const entry = rollDownOf(b, 'Postgres DB');
    expect(entry?.requiredRto).toEqual({ minutes: 60, processId: b.id('Payments'), dependencyId: b.id('Payments->Postgres DB') });
    expect(entry?.requiredRpo).toEqual({ minutes: 15, processId: b.id('Accounting'), dependencyId: b.id('Accounting->Postgres DB') });
    expect(entry?.processIds).toEqual([b.id('Payments'), b.id('Accounting')]); // plan order, not link order
    expect(entry).toMatchObject({ rtoViolated: true, rpoViolated: true, capabilityRtoMinutes: 240, capabilityRpoMinutes: 60 });
  });

  it.each([
    ['capability equal to the RTO passes', 60, 60, false],
    ['capability faster passes', 30, 60, false],
    ['capability slower fails', 61, 60, true],
    ['unknown capability is not a violation', undefined, 60, false],
  ])('%s', (_name, capability, rto, violated) => {
    const b = new PlanBuilder().process('P', { rtoMinutes: rto }).asset('A', { achievableRtoMinutes: capability }).link('P', 'A');
    expect(rollDownOf(b, 'A')?.rtoViolated).toBe(violated);
  });

  it('uses the vendor SLA', () => {
    const b = new PlanBuilder()
      .process('Payments', { rtoMinutes: 60, rpoMinutes: 15 })
      .vendor('Payment gateway', { slaRtoMinutes: 240, slaRpoMinutes: 0 })
      .link('Payments', 'Payment gateway');
    expect(rollDownOf(b, 'Payment gateway', 'vendor')).toMatchObject({ targetType: 'vendor', rtoViolated: true, rpoViolated: false, targetName: 'Payment gateway' });
  });

  it('ignores optional and outgoing links, and processes without objectives', () => {
    const b = new PlanBuilder()
      .process('Strict', { rtoMinutes: 10 })
      .process('Loose', { rtoMinutes: 1440 })
      .process('Unrated')
      .asset('Server', { achievableRtoMinutes: 480 })
      .link('Strict', 'Server', { required: false })
      .link('Strict', 'Server', { direction: 'supplies', name: 'out' })
      .link('Unrated', 'Server')
      .link('Loose', 'Server');
    const entry = rollDownOf(b, 'Server');
    expect(entry?.requiredRto?.minutes).toBe(1440);
    expect(entry?.rtoViolated).toBe(false);
    expect(entry?.processIds).toEqual([b.id('Loose'), b.id('Unrated')]);
  });

  it('counts a process once even when linked twice, with other links in between', () => {
    const b = new PlanBuilder().process('P', { rtoMinutes: 60 }).process('Q').asset('A').asset('B').link('P', 'A').link('Q', 'A').link('P', 'B').link('P', 'A', { name: 'again' });
    expect(rollDownOf(b, 'A')?.processIds).toEqual([b.id('P'), b.id('Q')]);
    expect(rollDownOf(b, 'A')?.dependencyIds).toEqual([b.id('P->A'), b.id('Q->A')]);
  });

  it('skips contacts and dangling targets', () => {
    const b = new PlanBuilder().process('P', { rtoMinutes: 60 }).contact('Alex').link('P', 'Alex');
    const plan = b.build();
    const dangling = { ...plan.dependencies[0]!, id: crypto.randomUUID(), targetType: 'asset' as const, targetId: crypto.randomUUID() };
    expect(computeRollDown(indexPlan({ ...plan, dependencies: [...plan.dependencies, dangling] })).size).toBe(0);
  });
});
