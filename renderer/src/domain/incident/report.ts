import { instant, minutesBetween } from './elapsed';
import type { Incident } from './incident';
import { rtoClock, type IncidentTargets, type RtoClock } from './rtoClock';
import { stepCounts, type StepCounts } from './stepStates';
import { incidentTimeline, type TimelineEntry } from './timeline';

export interface IncidentReport {
  status: 'open' | 'closed';
  /** From the outage beginning to someone noticing. */
  timeToDetectMinutes: number;
  /** From noticing to opening the runbook. */
  timeToRespondMinutes: number;
  /** From the outage beginning to service restored; absent while open. */
  timeToRecoverMinutes?: number;
  /** Whether recovery came within the RTO; absent while open or without an RTO. */
  recoveredWithinRto?: boolean;
  clock: RtoClock;
  counts: StepCounts;
  timeline: TimelineEntry[];
}

/** What the closing screen and the evidence pack show. `now` only matters while the incident is open. */
export function incidentReport(incident: Incident, targets: IncidentTargets, now: Date): IncidentReport {
  const clock = rtoClock(incident, targets, now);
  const report: IncidentReport = {
    status: incident.closedAt === undefined ? 'open' : 'closed',
    timeToDetectMinutes: timeToDetectMinutes(incident),
    timeToRespondMinutes: Math.max(0, minutesBetween(incident.detectedAt, incident.openedAt)),
    clock,
    counts: stepCounts(incident),
    timeline: incidentTimeline(incident),
  };
  if (incident.closedAt !== undefined) {
    report.timeToRecoverMinutes = minutesBetween(incident.startedAt, incident.closedAt);
    if (targets.rtoMinutes !== undefined) {
      report.recoveredWithinRto = instant(incident.closedAt) - instant(incident.startedAt) <= targets.rtoMinutes * 60_000;
    }
  }
  return report;
}

export function timeToDetectMinutes(incident: Pick<Incident, 'startedAt' | 'detectedAt'>): number {
  return minutesBetween(incident.startedAt, incident.detectedAt);
}

export function timeToRecoverMinutes(incident: Pick<Incident, 'startedAt' | 'closedAt'>): number | undefined {
  return incident.closedAt === undefined ? undefined : minutesBetween(incident.startedAt, incident.closedAt);
}
