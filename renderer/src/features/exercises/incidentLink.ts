import type { IncidentTimeline } from '../../domain/exercise/incidentTimeline';
import type { Incident } from '../../domain/incident/incident';

const STATE_OF = { 'step-done': 'done', 'step-skipped': 'skipped', 'step-blocked': 'blocked' } as const;

/**
 * A closed responder-mode incident as the narrow timeline a live test takes over: when the outage
 * began and was detected, each step ticked (done, skipped with its reason, blocked), and when
 * service was restored. Reopened ticks and notes stay in the incident's own report.
 */
export function incidentTimelineOf(incident: Incident): IncidentTimeline {
  const titles = new Map(incident.steps.map((step) => [step.id, step.title]));
  const steps: Array<IncidentTimeline['steps'][number]> = [];
  for (const event of incident.events) {
    if (event.type !== 'step-done' && event.type !== 'step-skipped' && event.type !== 'step-blocked') continue;
    const reason = event.type === 'step-done' ? '' : event.reason;
    steps.push({
      at: event.at,
      title: titles.get(event.stepId) ?? '',
      state: STATE_OF[event.type],
      initials: event.initials,
      ...(reason ? { note: reason } : {}),
    });
  }
  return {
    incidentId: incident.id,
    disruptedAt: incident.startedAt,
    detectedAt: incident.detectedAt,
    steps,
    ...(incident.closedAt ? { endedAt: incident.closedAt } : {}),
  };
}

/** Incidents a live test may take its timeline from: closed ones, newest first. */
export function closedIncidents(incidents: readonly Incident[]): Incident[] {
  return incidents.filter((i) => i.closedAt !== undefined).sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
}
