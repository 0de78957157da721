import { describe, expect, it } from 'vitest';
import {
  exerciseMetrics,
  exerciseSchema,
  logFromIncident,
  mergeLog,
  testSuccessRate,
  type Exercise,
  type ExerciseLogEntry,
  type SuccessCriterion,
} from '../../../renderer/src/domain/exercise';

let nextId = 0;
function entry(at: string, kind: ExerciseLogEntry['kind'], extra: Partial<ExerciseLogEntry> = {}): ExerciseLogEntry {
  return { id: `e${++nextId}`, at: `2025-05-10T${at}:00Z`, kind, text: '', ...extra };
}

const workflows = [
  { id: 'checkout', name: 'Checkout' },
  { id: 'login', name: 'Customer login' },
  { id: 'refund', name: 'Refund' },
  { id: 'invoice', name: 'Invoice' },
];

type Measured = Pick<Exercise, 'log' | 'criticalWorkflows' | 'successCriteria'>;
function measured(log: ExerciseLogEntry[], successCriteria: SuccessCriterion[] = []): Measured {
  return { log, criticalWorkflows: workflows, successCriteria };
}

describe('exerciseMetrics: times from the log', () => {
  it.each<[string, ExerciseLogEntry[], number | null, number | null]>([
    ['one outage, detected and recovered', [entry('10:00', 'disruption'), entry('10:07', 'detected'), entry('10:52', 'recovered')], 7, 52],
    ['entries typed out of order', [entry('10:52', 'recovered'), entry('10:07', 'detected'), entry('10:00', 'disruption')], 7, 52],
    ['only the first detection and recovery count', [entry('10:00', 'disruption'), entry('10:05', 'detected'), entry('10:09', 'detected'), entry('10:30', 'recovered'), entry('11:00', 'recovered')], 5, 30],
    ['a disruption logged twice is timed from the first', [entry('10:00', 'disruption'), entry('10:05', 'disruption'), entry('10:07', 'detected'), entry('10:52', 'recovered')], 7, 52],
    ['detection before the disruption is ignored', [entry('09:50', 'detected'), entry('10:00', 'disruption'), entry('10:03', 'detected')], 3, null],
    ['no disruption logged: nothing to measure from', [entry('10:07', 'detected'), entry('10:52', 'recovered')], null, null],
    ['not yet recovered', [entry('10:00', 'disruption'), entry('10:10', 'detected')], 10, null],
    [
      'two services: the mean of each',
      [
        entry('10:00', 'disruption', { subject: 'db' }),
        entry('10:00', 'disruption', { subject: 'dns' }),
        entry('10:04', 'detected', { subject: 'db' }),
        entry('10:10', 'detected', { subject: 'dns' }),
        entry('10:40', 'recovered', { subject: 'db' }),
        entry('11:20', 'recovered', { subject: 'dns' }),
      ],
      7,
      60,
    ],
    ['across midnight', [{ ...entry('00:00', 'disruption'), at: '2025-05-10T23:50:00Z' }, { ...entry('00:00', 'recovered'), at: '2025-05-11T00:20:00+00:00' }], null, 30],
    ['with offsets, compared as instants', [{ ...entry('00:00', 'disruption'), at: '2025-05-10T10:00:00+03:00' }, { ...entry('00:00', 'detected'), at: '2025-05-10T07:15:00Z' }], 15, null],
  ])('%s', (_name, log, detect, recover) => {
    const metrics = exerciseMetrics(measured(log));
    expect(metrics.timeToDetectMinutes).toBe(detect);
    expect(metrics.timeToRecoverMinutes).toBe(recover);
  });
});

describe('exerciseMetrics: critical workflows validated', () => {
  it.each<[string, ExerciseLogEntry[], number, number | null]>([
    ['none checked', [], 0, 0],
    ['two of four passed', [entry('11:00', 'workflow-check', { workflowId: 'checkout', outcome: 'pass' }), entry('11:05', 'workflow-check', { workflowId: 'login', outcome: 'pass' })], 2, 50],
    ['a failed check does not count', [entry('11:00', 'workflow-check', { workflowId: 'checkout', outcome: 'fail' })], 0, 0],
    ['the latest check counts (fail then pass)', [entry('11:00', 'workflow-check', { workflowId: 'checkout', outcome: 'fail' }), entry('11:10', 'workflow-check', { workflowId: 'checkout', outcome: 'pass' })], 1, 25],
    ['the latest check counts (pass then fail)', [entry('11:10', 'workflow-check', { workflowId: 'checkout', outcome: 'fail' }), entry('11:00', 'workflow-check', { workflowId: 'checkout', outcome: 'pass' })], 0, 0],
    ['checks of unlisted workflows are ignored', [entry('11:00', 'workflow-check', { workflowId: 'unknown', outcome: 'pass' })], 0, 0],
    [
      'all four',
      workflows.map((w, i) => entry(`11:0${i}`, 'workflow-check', { workflowId: w.id, outcome: 'pass' })),
      4,
      100,
    ],
  ])('%s', (_name, log, validated, percent) => {
    const metrics = exerciseMetrics(measured(log));
    expect(metrics.workflowsTotal).toBe(4);
    expect(metrics.workflowsValidated).toBe(validated);
    expect(metrics.workflowsValidatedPercent).toBe(percent);
  });

  it('has no percentage when the exercise names no workflows', () => {
    expect(exerciseMetrics({ log: [], criticalWorkflows: [], successCriteria: [] }).workflowsValidatedPercent).toBeNull();
  });
});

describe('exerciseMetrics: pass or fail against the success criteria', () => {
  const log = [
    entry('10:00', 'disruption'),
    entry('10:07', 'detected'),
    entry('10:52', 'recovered'),
    entry('11:00', 'workflow-check', { workflowId: 'checkout', outcome: 'pass' }),
    entry('11:01', 'workflow-check', { workflowId: 'login', outcome: 'pass' }),
    entry('11:02', 'workflow-check', { workflowId: 'refund', outcome: 'pass' }),
  ];
  const rto60: SuccessCriterion = { id: 'c1', text: 'Recover within the 60 min RTO', target: { metric: 'time-to-recover', atMost: 60 }, result: null };
  const rto30: SuccessCriterion = { id: 'c2', text: 'Recover within 30 min', target: { metric: 'time-to-recover', atMost: 30 }, result: null };
  const detect10: SuccessCriterion = { id: 'c3', text: 'Detect within 10 min', target: { metric: 'time-to-detect', atMost: 10 }, result: null };
  const workflows75: SuccessCriterion = { id: 'c4', text: '75 % of workflows validated', target: { metric: 'workflows-validated', atLeast: 75 }, result: null };
  const workflows100: SuccessCriterion = { ...workflows75, id: 'c5', target: { metric: 'workflows-validated', atLeast: 100 } };
  const manualMet: SuccessCriterion = { id: 'c6', text: 'Customers informed within 30 min', result: 'met' };
  const manualOpen: SuccessCriterion = { id: 'c7', text: 'Data integrity confirmed', result: null };

  it.each<[string, SuccessCriterion[], string, string[]]>([
    ['all measurable targets met', [rto60, detect10, workflows75], 'pass', ['met', 'met', 'met']],
    ['exactly on the target is met', [{ ...rto60, target: { metric: 'time-to-recover', atMost: 52 } }], 'pass', ['met']],
    ['one missed target fails the exercise', [rto60, rto30], 'fail', ['met', 'not-met']],
    ['a percentage below the bar', [workflows100], 'fail', ['not-met']],
    ['manual results count', [rto60, manualMet], 'pass', ['met', 'met']],
    ['an unjudged criterion leaves it not assessed', [rto60, manualOpen], 'not-assessed', ['met', 'not-assessed']],
    ['a failure outweighs an unjudged one', [rto30, manualOpen], 'fail', ['not-met', 'not-assessed']],
    ['no criteria: nothing to pass', [], 'not-assessed', []],
  ])('%s', (_name, criteria, outcome, results) => {
    const metrics = exerciseMetrics(measured(log, criteria));
    expect(metrics.outcome).toBe(outcome);
    expect(metrics.criteria.map((c) => c.result)).toEqual(results);
  });

  it('a target on a figure never measured is not assessed, never a pass', () => {
    const metrics = exerciseMetrics(measured([entry('10:00', 'disruption')], [rto60]));
    expect(metrics.criteria[0]).toMatchObject({ result: 'not-assessed', automatic: true });
    expect(metrics.outcome).toBe('not-assessed');
  });

  it('gives the test success rate over completed, judged exercises', () => {
    const passed = { status: 'completed' as const, ...measured(log, [rto60]) };
    const failed = { status: 'completed' as const, ...measured(log, [rto30]) };
    const unjudged = { status: 'completed' as const, ...measured(log, [manualOpen]) };
    const planned = { status: 'planned' as const, ...measured(log, [rto30]) };
    expect(testSuccessRate([passed, failed, passed, unjudged, planned, passed])).toBe(75);
    expect(testSuccessRate([unjudged, planned])).toBeNull();
  });
});

describe('a live test takes its timeline from responder mode', () => {
  const timeline = {
    incidentId: 'c0000000-0000-4000-8000-000000000001',
    disruptedAt: '2025-05-10T10:00:00Z',
    detectedAt: '2025-05-10T10:06:00Z',
    steps: [
      { at: '2025-05-10T10:15:00Z', title: 'Promote replica', state: 'done' as const, initials: 'AH' },
      { at: '2025-05-10T10:25:00Z', title: 'Update DNS', state: 'blocked' as const, note: 'TTL too long' },
    ],
    endedAt: '2025-05-10T10:41:00Z',
  };

  it('maps disruption, detection, steps and the end to log entries the metrics use', () => {
    const log = logFromIncident(timeline);
    expect(log.map((e) => e.kind)).toEqual(['disruption', 'detected', 'action', 'issue', 'recovered']);
    expect(log[3]?.text).toBe('Step 2 Update DNS blocked: TTL too long');
    expect(log[2]?.by).toBe('AH');
    const metrics = exerciseMetrics({ log, criticalWorkflows: [], successCriteria: [] });
    expect([metrics.timeToDetectMinutes, metrics.timeToRecoverMinutes]).toEqual([6, 41]);
  });

  it('re-importing replaces the incident’s entries instead of doubling them, keeping typed ones', () => {
    const typed = entry('10:20', 'note', { text: 'CEO informed' });
    const once = mergeLog([typed], logFromIncident(timeline));
    const twice = mergeLog(once, logFromIncident({ ...timeline, endedAt: '2025-05-10T10:45:00Z' }));
    expect(twice).toHaveLength(6);
    expect(twice.map((e) => e.kind)).toEqual(['disruption', 'detected', 'action', 'note', 'issue', 'recovered']);
    expect(twice.at(-1)?.at).toBe('2025-05-10T10:45:00Z');
  });
});

describe('exercise schema', () => {
  const base = {
    id: 'd0000000-0000-4000-8000-000000000001',
    kind: 'exercise',
    updatedAt: '2025-05-10T12:00:00Z',
    title: 'Database failover tabletop',
    type: 'tabletop',
  };

  it('fills sensible defaults for a new exercise', () => {
    expect(exerciseSchema.parse(base)).toMatchObject({ status: 'planned', scope: { environment: 'discussion-only', processIds: [] }, attendance: [], log: [] });
  });

  it.each([
    ['a completed exercise without the day it was held', { status: 'completed' }],
    ['a service window without its times', { scope: { environment: 'service-window' } }],
    ['a service window ending before it starts', { scope: { environment: 'service-window', windowStart: '2025-05-10T22:00:00Z', windowEnd: '2025-05-10T21:00:00Z' } }],
    ['an unknown type', { type: 'fire-drill' }],
    ['a criterion with both bounds', { successCriteria: [{ id: 'c', text: 'x', target: { metric: 'time-to-recover', atMost: 1, atLeast: 0 } }] }],
  ])('refuses %s', (_name, change) => {
    expect(exerciseSchema.safeParse({ ...base, ...change }).success).toBe(false);
  });
});
