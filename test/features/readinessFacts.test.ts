import { describe, expect, it } from 'vitest';
import { appendEvent, type AuditEvent } from '../../renderer/src/domain/audit';
import { ASSET_KIND, makeAsset } from '../../renderer/src/domain/asset';
import { assessReadiness } from '../../renderer/src/domain/readiness/assess';
import type { PlanRecord } from '../../renderer/src/domain/record';
import { TOP_FIVE_KIND, topFiveSelectionSchema } from '../../renderer/src/domain/topFive';
import { PROCESS_KIND } from '../../renderer/src/domain/process';
import { verificationNote } from '../../renderer/src/features/audit/verificationNote';
import { readinessContext } from '../../renderer/src/features/readiness/readinessFacts';
import { NOW } from '../print/fixtures';
import { auditTrail, governancePlan, TODAY } from './governanceFixtures';

function verified(events: AuditEvent[]): AuditEvent[] {
  const last = events.at(-1)!;
  const note = verificationNote({ ok: true, head: { seq: last.seq, hash: last.hash } }, events.length);
  return [...events, appendEvent(last, { ...note, at: NOW.toISOString(), actor: 'Amira Haddad' })];
}

describe('readiness facts from the plan’s own records', () => {
  it('an empty plan has nothing, and every requirement and evidence item is missing or partial', () => {
    const { facts } = readinessContext({ records: [], auditEvents: [], today: TODAY });
    expect(facts.bia.processes).toBe(0);
    expect(facts.signOff).toEqual({ state: 'not-approved', inReview: false });
    expect(facts.auditTrail).toEqual({ events: 0, verification: 'never' });
    const report = assessReadiness(facts);
    expect(report.counts.met).toBe(0);
    expect(report.ready).toBe(false);
  });

  it('counts the seed plan with a year of exercises, actions and sign-off', async () => {
    const plan = await governancePlan();
    const events = verified(auditTrail(50));
    const { facts, signOff } = readinessContext({ records: plan.records, auditEvents: events, today: TODAY });
    expect(facts.bia.processes).toBe(5);
    // No top five chosen in the fixture: nothing is critical yet.
    expect(facts.bia.criticalProcesses).toBe(0);
    expect(facts.strategies.total).toBe(3);
    expect(facts.strategies.withCost).toBe(3);
    expect(facts.runbooks.total).toBe(5);
    expect(facts.runbooks.cyberIncident).toBeGreaterThanOrEqual(1);
    expect(facts.runbooks.disasterRecovery).toBeGreaterThanOrEqual(1);
    // Two completed within 12 months of 2025-03-04: the tabletop and the November failover.
    expect(facts.exercises).toMatchObject({ completed: 2, liveTests: 1, withPlan: 2, withAttendance: 2, withResults: 2, withPostMortem: 2 });
    expect(facts.actions).toEqual({ total: 3, done: 2, doneWithChangeTicket: 2, overdue: 1 });
    expect(signOff.state).toBe('valid');
    expect(facts.signOff).toEqual({ state: 'valid', inReview: false });
    expect(facts.review).toEqual({ state: 'current', daysUntilDue: 354 });
    expect(facts.auditTrail).toEqual({ events: 51, verification: 'intact' });
    // The kit was printed (the fixture trail's last print) before version 2 was approved.
    expect(facts.offlineCopy).toEqual({ printed: true, printedIsCurrent: false });
  });

  it('ranks the top five as critical and checks their coverage', async () => {
    const plan = await governancePlan();
    const processes = plan.records.filter((r) => r.kind === PROCESS_KIND);
    const topFive = topFiveSelectionSchema.parse({
      id: '00000000-0000-4000-8000-00000000f001',
      kind: TOP_FIVE_KIND,
      updatedAt: NOW.toISOString(),
      entries: processes.slice(0, 3).map((p) => ({ processId: p.id })),
    });
    const { facts } = readinessContext({ records: [...plan.records, topFive], auditEvents: [], today: TODAY });
    expect(facts.bia.criticalProcesses).toBe(3);
    expect(facts.strategies.criticalProcessesCovered).toBe(3);
    expect(facts.strategies.criticalProcessesMeetingTargets).toBeLessThan(3);
    expect(facts.runbooks.criticalProcessesCovered).toBe(3);
  });

  it('sees an edit after approval, and exercises falling out of the 12-month window', async () => {
    const plan = await governancePlan({}, { editAfterApproval: true });
    const { facts, signOff } = readinessContext({ records: plan.records, auditEvents: [], today: '2025-11-21' });
    expect(signOff.state).toBe('changed-since-approval');
    expect(signOff.changes.flatMap((c) => c.lines)).toEqual([expect.stringContaining("name changed from 'Harbour Bikes Online Ltd' to 'Harbour Bikes Online Ltd & Repairs'")]);
    expect(facts.exercises.completed).toBe(1);
    expect(facts.exercises.liveTests).toBe(0);
  });

  it('counts cybersecurity systems, as the owner marked them or by their own words, and their continuity', () => {
    const asset = (name: string, extra: Partial<Parameters<typeof makeAsset>[0]> = {}) => makeAsset({ name, type: 'server', ...extra }, NOW);
    const records: PlanRecord[] = [
      asset('Firewall', { redundancy: 'HA pair' }),
      asset('SIEM log server'),
      asset('Web shop'),
      // Marked by the owner: the answer wins over the words, either way.
      asset('Office Wi-Fi controller', { securitySystem: true, backupMethod: 'Config exported weekly' }),
      asset('Backup of the product photos', { securitySystem: false }),
    ];
    expect(records.every((r) => r.kind === ASSET_KIND)).toBe(true);
    const { facts } = readinessContext({ records, auditEvents: [], today: TODAY });
    expect(facts.securitySystems).toEqual({ total: 3, withContinuity: 2 });
  });
});
