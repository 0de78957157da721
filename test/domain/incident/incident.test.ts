import { describe, expect, it } from 'vitest';
import {
  IncidentRuleError,
  addAttachment,
  addNote,
  blockStep,
  closeIncident,
  correctTimes,
  currentStepId,
  incidentSchema,
  markStepDone,
  reopenStep,
  skipStep,
  startIncident,
  stepCounts,
  stepStates,
  type Incident,
} from '../../../renderer/src/domain/incident';

const S = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const RUNBOOK = {
  id: S(100),
  parentId: S(200),
  title: 'Primary database failure: promote the replica',
  steps: [
    { id: S(1), title: 'SSH to the bastion host', role: 'On-call engineer', expectedMinutes: 2 },
    { id: S(2), title: 'Promote the replica', expectedMinutes: 5 },
    { id: S(3), title: 'Point DNS at the replica' },
  ],
};
const T0 = Date.parse('2025-03-01T14:00:00.000Z');
const at = (minutes: number, seconds = 0) => new Date(T0 + minutes * 60_000 + seconds * 1000);

const start = (): Incident => startIncident({ id: S(300), runbook: RUNBOOK, initials: 'JR', now: at(12), startedAt: at(0), detectedAt: at(7) });

describe('starting an incident', () => {
  it('records when the outage began, was detected and the runbook opened', () => {
    const incident = start();
    expect(incident).toMatchObject({
      id: S(300),
      kind: 'incident',
      parentId: S(200),
      runbookId: S(100),
      startedAt: '2025-03-01T14:00:00.000Z',
      detectedAt: '2025-03-01T14:07:00.000Z',
      openedAt: '2025-03-01T14:12:00.000Z',
      updatedAt: '2025-03-01T14:12:00.000Z',
      openedBy: 'JR',
      events: [],
    });
    expect(incident.steps.map((s) => [s.title, s.role, s.expectedMinutes])).toEqual([
      ['SSH to the bastion host', 'On-call engineer', 2],
      ['Promote the replica', '', 5],
      ['Point DNS at the replica', '', 0],
    ]);
    expect(incidentSchema.safeParse(incident).success).toBe(true);
  });

  it('defaults both times to now, as when someone presses "We have an outage"', () => {
    const incident = startIncident({ runbook: RUNBOOK, initials: 'JR', now: at(5) });
    expect([incident.startedAt, incident.detectedAt, incident.openedAt]).toEqual(Array(3).fill('2025-03-01T14:05:00.000Z'));
  });

  it('refuses a detection before the outage began', () => {
    expect(() => startIncident({ runbook: RUNBOOK, initials: 'JR', now: at(10), startedAt: at(5), detectedAt: at(4) }))
      .toThrow(new IncidentRuleError('The outage cannot be detected before it began.'));
    expect(() => correctTimes(start(), { detectedAt: at(-1), at: at(13) })).toThrow(IncidentRuleError);
    expect(correctTimes(start(), { startedAt: at(-30), at: at(13) }).startedAt).toBe('2025-03-01T13:30:00.000Z');
  });

  it('needs initials', () => {
    expect(() => startIncident({ runbook: RUNBOOK, initials: '  ', now: at(0) })).toThrow('Initials are needed');
  });
});

describe('ticking steps', () => {
  it('records state, time and initials per step; the latest state wins', () => {
    let incident = start();
    incident = markStepDone(incident, { stepId: S(1), initials: 'JR', at: at(14) });
    incident = blockStep(incident, { stepId: S(2), initials: 'AB', at: at(15), reason: 'replica lagging' });
    incident = markStepDone(incident, { stepId: S(2), initials: 'AB', at: at(20) });
    expect(stepStates(incident).map((s) => [s.number, s.status, s.at, s.initials, s.reason])).toEqual([
      [1, 'done', '2025-03-01T14:14:00.000Z', 'JR', undefined],
      [2, 'done', '2025-03-01T14:20:00.000Z', 'AB', undefined],
      [3, 'pending', undefined, undefined, undefined],
    ]);
    expect(incident.updatedAt).toBe('2025-03-01T14:20:00.000Z');
  });

  it('requires a reason to skip a step', () => {
    const incident = start();
    for (const reason of ['', '   ']) {
      expect(() => skipStep(incident, { stepId: S(2), initials: 'JR', at: at(13), reason })).toThrow(new IncidentRuleError('A skipped step needs a reason.'));
    }
    const skipped = skipStep(incident, { stepId: S(2), initials: 'JR', at: at(13), reason: ' Multi-AZ already failed over ' });
    expect(stepStates(skipped)[1]).toMatchObject({ status: 'skipped', reason: 'Multi-AZ already failed over' });
  });

  it('rejects a stored skip without a reason', () => {
    const incident = { ...start(), events: [{ type: 'step-skipped', stepId: S(1), at: at(13).toISOString(), initials: 'JR', reason: '' }] };
    expect(incidentSchema.safeParse(incident).success).toBe(false);
  });

  it('lets a block go without a reason, and a reopen undo a mistaken tick', () => {
    let incident = blockStep(start(), { stepId: S(3), initials: 'JR', at: at(13) });
    expect(stepStates(incident)[2]).toMatchObject({ status: 'blocked' });
    expect(stepStates(incident)[2]?.reason).toBeUndefined();
    incident = markStepDone(incident, { stepId: S(1), initials: 'JR', at: at(14) });
    incident = reopenStep(incident, { stepId: S(1), initials: 'JR', at: at(15) });
    expect(stepStates(incident)[0]).toMatchObject({ status: 'pending', at: '2025-03-01T14:15:00.000Z' });
  });

  it('counts done, skipped, blocked and pending', () => {
    let incident = start();
    incident = markStepDone(incident, { stepId: S(1), initials: 'JR', at: at(13) });
    incident = skipStep(incident, { stepId: S(2), initials: 'JR', at: at(14), reason: 'not needed' });
    expect(stepCounts(incident)).toEqual({ total: 3, done: 1, skipped: 1, blocked: 0, pending: 1 });
    incident = blockStep(incident, { stepId: S(3), initials: 'JR', at: at(15), reason: 'no DNS access' });
    expect(stepCounts(incident)).toEqual({ total: 3, done: 1, skipped: 1, blocked: 1, pending: 0 });
  });

  it('resumes at the first pending step, then at a blocked one', () => {
    let incident = start();
    expect(currentStepId(incident)).toBe(S(1));
    incident = markStepDone(incident, { stepId: S(1), initials: 'JR', at: at(13) });
    incident = blockStep(incident, { stepId: S(2), initials: 'JR', at: at(14) });
    expect(currentStepId(incident)).toBe(S(3));
    incident = markStepDone(incident, { stepId: S(3), initials: 'JR', at: at(15) });
    expect(currentStepId(incident)).toBe(S(2));
    incident = markStepDone(incident, { stepId: S(2), initials: 'JR', at: at(16) });
    expect(currentStepId(incident)).toBeUndefined();
  });

  it('refuses steps that are not in the incident', () => {
    expect(() => markStepDone(start(), { stepId: S(99), initials: 'JR', at: at(13) })).toThrow('That step is not part of this incident.');
  });

  it('keeps each state change as its own version (nothing is mutated)', () => {
    const before = start();
    const after = markStepDone(before, { stepId: S(1), initials: 'JR', at: at(13) });
    expect(before.events).toEqual([]);
    expect(after.events).toHaveLength(1);
  });
});

describe('notes and attachments', () => {
  const attachment = { id: S(500), name: 'promote-output.png', mimeType: 'image/png', size: 123_456 };

  it('attaches notes and evidence to a step or to the whole incident', () => {
    let incident = addNote(start(), { stepId: S(2), text: 'Replica lag was 3 s', initials: 'AB', at: at(16) });
    incident = addAttachment(incident, { stepId: S(2), attachment, initials: 'AB', at: at(17) });
    incident = addNote(incident, { text: 'Customer calls rising', initials: 'JR', at: at(18) });
    const [, promote] = stepStates(incident);
    expect(promote?.notes.map((n) => n.text)).toEqual(['Replica lag was 3 s']);
    expect(promote?.attachments.map((a) => a.attachment)).toEqual([attachment]);
    expect(incidentSchema.safeParse(incident).success).toBe(true);
  });

  it('refuses an empty note and a bad attachment reference', () => {
    expect(() => addNote(start(), { text: '  ', initials: 'JR', at: at(13) })).toThrow(IncidentRuleError);
    expect(() => addAttachment(start(), { attachment: { ...attachment, size: -1 }, initials: 'JR', at: at(13) })).toThrow(IncidentRuleError);
    expect(() => addAttachment(start(), { attachment: { ...attachment, id: 'not-a-uuid' }, initials: 'JR', at: at(13) })).toThrow(IncidentRuleError);
  });
});

describe('closing', () => {
  it('stops step changes but still takes notes and evidence', () => {
    const closed = closeIncident(start(), { initials: 'JR', at: at(50) });
    expect(closed).toMatchObject({ closedAt: '2025-03-01T14:50:00.000Z', closedBy: 'JR' });
    expect(() => markStepDone(closed, { stepId: S(1), initials: 'JR', at: at(51) })).toThrow('This incident is closed');
    expect(() => closeIncident(closed, { initials: 'JR', at: at(52) })).toThrow(IncidentRuleError);
    expect(addNote(closed, { text: 'Post-incident review booked', initials: 'JR', at: at(60) }).events).toHaveLength(1);
  });

  it('cannot close before the outage began', () => {
    expect(() => closeIncident(start(), { initials: 'JR', at: at(-1) })).toThrow('The incident cannot close before the outage began.');
  });
});
