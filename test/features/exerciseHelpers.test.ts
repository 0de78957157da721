import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appendEvent, verifyAgainstHead, type AuditEvent } from '../../renderer/src/domain/audit';
import { EXERCISE_KIND, exerciseSchema, type Exercise } from '../../renderer/src/domain/exercise/exercise';
import { logFromIncident } from '../../renderer/src/domain/exercise/incidentTimeline';
import { exerciseMetrics } from '../../renderer/src/domain/exercise/metrics';
import { auditCsvFileName, auditCsvText } from '../../renderer/src/features/audit/csvExport';
import { lastAuditVerification, verificationNote } from '../../renderer/src/features/audit/verificationNote';
import { closedIncidents, incidentTimelineOf } from '../../renderer/src/features/exercises/incidentLink';
import { minutesSinceStart, sortedLog, tPlus } from '../../renderer/src/features/exercises/logTimes';
import { ExerciseInputError, patchExercise } from '../../renderer/src/features/exercises/save';
import { lastKitPrint } from '../../renderer/src/features/readiness/printEvidence';
import { fromLocalInputValue, toLocalInputValue } from '../../renderer/src/features/governance/format';
import { onlineShop } from '../print/fixtures';
import { auditTrail } from './governanceFixtures';

const base = (): Exercise =>
  exerciseSchema.parse({ id: '00000000-0000-4000-8000-000000000001', kind: EXERCISE_KIND, updatedAt: '2025-01-01T00:00:00.000Z', title: 'Tabletop', type: 'tabletop' });

describe('a live test takes its timeline from a closed incident', () => {
  const { incident } = onlineShop();

  it('keeps outage start, detection, each ticked step with its initials and reason, and the restore', () => {
    const timeline = incidentTimelineOf(incident);
    expect(timeline.disruptedAt).toBe(incident.startedAt);
    expect(timeline.detectedAt).toBe(incident.detectedAt);
    expect(timeline.endedAt).toBe(incident.closedAt);
    expect(timeline.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'skipped']);
    expect(timeline.steps[4]).toMatchObject({ initials: 'AH', note: 'Not needed: payments kept working.', title: incident.steps[4]!.title });
  });

  it('gives the exercise its detection and recovery times', () => {
    const log = logFromIncident(incidentTimelineOf(incident));
    const m = exerciseMetrics({ log, criticalWorkflows: [], successCriteria: [] });
    expect(m.timeToDetectMinutes).toBe(7);
    expect(m.timeToRecoverMinutes).toBe(52);
  });

  it('offers only closed incidents, newest first', () => {
    const open = { ...incident, id: '00000000-0000-4000-8000-0000000000aa', closedAt: undefined };
    const later = { ...incident, id: '00000000-0000-4000-8000-0000000000bb', closedAt: '2030-01-01T00:00:00.000Z' };
    expect(closedIncidents([incident, open, later]).map((i) => i.id)).toEqual([later.id, incident.id]);
  });
});

describe('the timed log', () => {
  const entry = (id: string, at: string, kind: 'note' | 'disruption' = 'note') => ({ id, at, kind, text: id });

  it('reads T+ from the first disruption, whatever order the lines were typed in', () => {
    const log = [entry('b', '2025-01-01T10:12:30Z'), entry('a', '2025-01-01T09:58:00Z'), entry('d', '2025-01-01T10:00:00Z', 'disruption')];
    expect(sortedLog(log).map((e) => e.id)).toEqual(['a', 'd', 'b']);
    const t = minutesSinceStart(log);
    expect([t.get('a'), t.get('d'), t.get('b')]).toEqual([-2, 0, 12]);
    expect([tPlus(-2), tPlus(0), tPlus(12), tPlus(undefined)]).toEqual(['T-2', 'T+0', 'T+12', '']);
  });

  it('counts from the first entry when no disruption was logged', () => {
    expect(minutesSinceStart([entry('x', '2025-01-01T10:00:00Z'), entry('y', '2025-01-01T10:05:00Z')]).get('y')).toBe(5);
  });

  it('round-trips a datetime-local value through the local zone', () => {
    const iso = fromLocalInputValue('2025-03-30T01:30');
    expect(iso).toMatch(/Z$/);
    expect(toLocalInputValue(iso)).toBe('2025-03-30T01:30');
    expect(fromLocalInputValue('')).toBeUndefined();
    expect(fromLocalInputValue('not a time')).toBeUndefined();
  });
});

describe('saving an exercise', () => {
  it('names what to fix, as message keys', () => {
    const attempt = (patch: Partial<Exercise>) => {
      try {
        patchExercise(base(), patch, '2025-01-02T00:00:00.000Z');
        return [];
      } catch (e) {
        expect(e).toBeInstanceOf(ExerciseInputError);
        return (e as ExerciseInputError).keys;
      }
    };
    expect(attempt({ status: 'completed' })).toEqual(['heldOn']);
    expect(attempt({ scope: { environment: 'service-window', processIds: [], notes: '' } })).toEqual(['window']);
    expect(attempt({ title: ' ' })).toEqual(['title']);
    expect(attempt({ status: 'completed', heldOn: '2025-01-01' })).toEqual([]);
  });

  it('clears an optional field set to undefined instead of storing undefined', () => {
    const held = patchExercise(base(), { heldOn: '2025-01-01', scheduledFor: '2024-12-31' }, '2025-01-02T00:00:00.000Z');
    const cleared = patchExercise(held, { scheduledFor: undefined }, '2025-01-03T00:00:00.000Z');
    expect('scheduledFor' in cleared).toBe(false);
    expect(JSON.stringify(cleared)).toBe(JSON.stringify(JSON.parse(JSON.stringify(cleared))));
  });
});

describe('the audit trail remembers its last verification and the last printed kit', () => {
  it('reads back an intact and a broken verification, the newest winning', () => {
    const events = auditTrail(5);
    expect(lastAuditVerification(events)).toBeUndefined();
    const withNote = (prev: AuditEvent[], verdict: Parameters<typeof verificationNote>[0]) => [
      ...prev,
      appendEvent(prev.at(-1)!, { ...verificationNote(verdict, prev.length), at: '2025-01-01T00:00:00.000Z', actor: 'AH' }),
    ];
    const intact = withNote(events, verifyAgainstHead(events, { seq: 5, hash: events[4]!.hash }));
    expect(lastAuditVerification(intact)).toEqual({ state: 'intact', events: 5 });
    const broken = withNote(intact, { ok: false, firstBrokenSeq: 3, reason: 'missing' });
    expect(lastAuditVerification(broken)).toEqual({ state: 'broken', firstBrokenSeq: 3, reason: 'missing' });
  });

  it('finds the kit among the printed documents', () => {
    const events = auditTrail(4);
    expect(lastKitPrint(events)?.seq).toBe(4);
    expect(lastKitPrint(events.slice(0, 3))).toBeUndefined();
  });
});

describe('CSV export of the trail', () => {
  it('is RFC 4180 with a byte-order mark and parses back to the events, formulas neutralised', () => {
    const events = [
      appendEvent(null, { at: '2025-01-01T00:00:00.000Z', actor: '=HYPERLINK("x")', action: 'update', entityKind: 'runbook', entityId: 'r1', entityLabel: 'Runbook, "quoted"\nline', after: '+1' }),
    ];
    const text = auditCsvText(events);
    expect(text.startsWith('\uFEFF"seq","at","actor"')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('1');
    expect(rows[1]![2]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![10]).toBe(events[0]!.hash);
    expect(auditCsvFileName('2025-03-04')).toBe('audit-trail-2025-03-04.csv');
  });
});
