import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  addNote,
  blockStep,
  closeIncident,
  describeTimelineEntry,
  incidentReport,
  incidentTimeline,
  markStepDone,
  minutesBetween,
  rtoClock,
  skipStep,
  startIncident,
  timeToDetectMinutes,
  timeToRecoverMinutes,
  type IncidentTargets,
  type RtoClockState,
} from '../../../renderer/src/domain/incident';

const S = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const T0 = Date.parse('2025-03-01T14:00:00.000Z');
const at = (minutes: number, seconds = 0) => new Date(T0 + minutes * 60_000 + seconds * 1000);
const RUNBOOK = {
  id: S(100),
  parentId: S(200),
  title: 'DB failover',
  steps: [
    { id: S(1), title: 'SSH to the bastion host' },
    { id: S(2), title: 'Promote the replica' },
    { id: S(3), title: 'Point DNS at the replica' },
  ],
};
const started = startIncident({ runbook: RUNBOOK, initials: 'JR', startedAt: at(0), detectedAt: at(7, 40), now: at(9) });

describe('RTO clock', () => {
  const targets = { rtoMinutes: 60, mtpdMinutes: 240 };

  it.each<[string, Date, RtoClockState, number]>([
    ['just started', at(0), 'on-track', 0],
    ['at 75% of the RTO exactly', at(45), 'on-track', 45],
    ['just past 75%', at(45, 1), 'at-risk', 45],
    ['at the RTO exactly', at(60), 'at-risk', 60],
    ['one second past the RTO', at(60, 1), 'rto-breached', 60],
    ['between RTO and MTPD', at(200), 'rto-breached', 200],
    ['at the MTPD exactly', at(240), 'rto-breached', 240],
    ['past the MTPD', at(240, 1), 'mtpd-breached', 240],
    ['a clock that is behind the start', at(-5), 'on-track', 0],
  ])('%s → %s', (_name, now, state, elapsed) => {
    const clock = rtoClock(started, targets, now);
    expect(clock.state).toBe(state);
    expect(clock.elapsedMinutes).toBe(elapsed);
    expect(clock.rtoRemainingMinutes).toBe(60 - elapsed);
    expect(clock.mtpdRemainingMinutes).toBe(240 - elapsed);
    expect(clock.stopped).toBe(false);
  });

  it.each<[IncidentTargets, Date, RtoClockState]>([
    [{}, at(500), 'no-target'],
    [{ mtpdMinutes: 100 }, at(70), 'on-track'],
    [{ mtpdMinutes: 100 }, at(76), 'at-risk'],
    [{ mtpdMinutes: 100 }, at(101), 'mtpd-breached'],
    [{ rtoMinutes: 10 }, at(11), 'rto-breached'],
  ])('with targets %o at the time given → %s', (targets, now, state) => {
    expect(rtoClock(started, targets, now).state).toBe(state);
  });

  it('stops when the incident closes', () => {
    const closed = closeIncident(started, { initials: 'JR', at: at(50) });
    const clock = rtoClock(closed, targets, at(500));
    expect(clock).toEqual({ state: 'at-risk', elapsedMinutes: 50, rtoRemainingMinutes: 10, mtpdRemainingMinutes: 190, stopped: true });
  });

  it('counts only whole minutes that have passed', () => {
    expect(minutesBetween(at(0), at(4, 59))).toBe(4);
    expect(minutesBetween(at(5), at(0, 1))).toBe(-4);
    expect(() => minutesBetween('yesterday', at(0))).toThrow(RangeError);
  });
});

describe('incident report', () => {
  let incident = markStepDone(started, { stepId: S(1), initials: 'JR', at: at(10) });
  incident = blockStep(incident, { stepId: S(2), initials: 'AB', at: at(12), reason: 'replica lagging' });
  incident = addNote(incident, { stepId: S(2), text: 'Waiting for lag to clear', initials: 'AB', at: at(12) });
  incident = markStepDone(incident, { stepId: S(2), initials: 'AB', at: at(20) });
  incident = addAttachment(incident, { attachment: { id: S(500), name: 'dns.png', mimeType: 'image/png', size: 2048 }, initials: 'AB', at: at(21) });
  incident = skipStep(incident, { stepId: S(3), initials: 'JR', at: at(22), reason: 'DNS already pointed at replica' });
  const closed = closeIncident(incident, { initials: 'JR', at: at(75) });

  it('gives time to detect, respond and recover against the RTO', () => {
    const report = incidentReport(closed, { rtoMinutes: 60 }, at(999));
    expect(report).toMatchObject({
      status: 'closed',
      timeToDetectMinutes: 7,
      timeToRespondMinutes: 1,
      timeToRecoverMinutes: 75,
      recoveredWithinRto: false,
      counts: { total: 3, done: 2, skipped: 1, blocked: 0, pending: 0 },
      clock: { state: 'rto-breached', elapsedMinutes: 75, stopped: true },
    });
    expect(incidentReport(closed, { rtoMinutes: 75 }, at(999)).recoveredWithinRto).toBe(true);
    expect(incidentReport(closed, {}, at(999)).recoveredWithinRto).toBeUndefined();
  });

  it('leaves recovery open while the incident is', () => {
    const report = incidentReport(incident, { rtoMinutes: 60 }, at(30));
    expect(report.status).toBe('open');
    expect(report.timeToRecoverMinutes).toBeUndefined();
    expect(report.recoveredWithinRto).toBeUndefined();
    expect(report.clock).toMatchObject({ state: 'on-track', elapsedMinutes: 30 });
    expect(timeToRecoverMinutes(incident)).toBeUndefined();
    expect(timeToDetectMinutes(incident)).toBe(7);
  });

  it('lays out the timeline oldest first, in words', () => {
    const lines = incidentTimeline(closed).map((e) => `T+${e.minutesFromStart} ${describeTimelineEntry(e)}`);
    expect(lines).toEqual([
      'T+0 Outage began',
      'T+7 Outage detected',
      'T+9 Runbook opened (JR)',
      'T+10 Step 1 "SSH to the bastion host" done (JR)',
      'T+12 Step 2 "Promote the replica" blocked (AB): replica lagging',
      'T+12 Note on step 2 (AB): Waiting for lag to clear',
      'T+20 Step 2 "Promote the replica" done (AB)',
      'T+21 Attached "dns.png" (image/png, 2 KB) (AB)',
      'T+22 Step 3 "Point DNS at the replica" skipped (JR): DNS already pointed at replica',
      'T+75 Incident closed, service restored (JR)',
    ]);
  });

  it('sorts by time even when events were recorded out of order', () => {
    const late = { ...closed, events: [...closed.events].reverse() };
    expect(incidentTimeline(late).map((e) => e.at)).toEqual(incidentTimeline(closed).map((e) => e.at));
  });
});
