import type { ExerciseLogEntry } from './exercise';

/**
 * What a live test needs from a responder-mode incident: only its timeline. Kept this narrow so
 * the exercise does not depend on the incident record's full shape.
 */
export interface IncidentTimeline {
  incidentId: string;
  /** When the outage (real or injected) began, if known. */
  disruptedAt?: string;
  detectedAt?: string;
  steps: ReadonlyArray<{ at: string; title: string; state: 'done' | 'skipped' | 'blocked'; initials?: string; note?: string }>;
  /** When service was restored and the incident closed. */
  endedAt?: string;
}

/**
 * The incident's timeline as exercise log entries, so a live test run in responder mode gets
 * its detection and recovery times from what responders actually ticked. Entry ids derive from
 * the incident id, so importing twice replaces rather than duplicates (see mergeLog).
 */
export function logFromIncident(timeline: IncidentTimeline): ExerciseLogEntry[] {
  const id = (suffix: string) => `incident:${timeline.incidentId}:${suffix}`;
  const entries: ExerciseLogEntry[] = [];
  if (timeline.disruptedAt) entries.push({ id: id('disruption'), at: timeline.disruptedAt, kind: 'disruption', text: 'Outage began' });
  if (timeline.detectedAt) entries.push({ id: id('detected'), at: timeline.detectedAt, kind: 'detected', text: 'Outage detected' });
  timeline.steps.forEach((step, i) => {
    const note = step.note ? `: ${step.note}` : '';
    entries.push({
      id: id(`step-${i + 1}`),
      at: step.at,
      kind: step.state === 'blocked' ? 'issue' : 'action',
      text: `Step ${i + 1} ${step.title} ${step.state}${note}`,
      ...(step.initials ? { by: step.initials } : {}),
    });
  });
  if (timeline.endedAt) entries.push({ id: id('recovered'), at: timeline.endedAt, kind: 'recovered', text: 'Service restored' });
  return entries;
}

/** Adds entries to a log, an entry with the same id replacing the old one, ordered by time. */
export function mergeLog(log: readonly ExerciseLogEntry[], added: readonly ExerciseLogEntry[]): ExerciseLogEntry[] {
  const byId = new Map(log.map((entry) => [entry.id, entry]));
  for (const entry of added) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
