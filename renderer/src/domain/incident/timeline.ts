import { formatAttachmentSize, type AttachmentRef } from './attachment';
import { instant, minutesBetween } from './elapsed';
import type { IncidentEventType } from './event';
import type { Incident } from './incident';

export type TimelineEntryType = 'started' | 'detected' | 'opened' | IncidentEventType | 'closed';

export interface TimelineEntry {
  type: TimelineEntryType;
  at: string;
  /** Whole minutes since the outage began: the "T+" column of a post-incident review. */
  minutesFromStart: number;
  initials?: string;
  stepId?: string;
  stepNumber?: number;
  stepTitle?: string;
  reason?: string;
  text?: string;
  attachment?: AttachmentRef;
}

/**
 * Everything that happened, oldest first. Entries at the same moment keep a fixed order
 * (began, detected, opened, then events as recorded, closed last), so the timeline, and any
 * printout of it, is the same every time.
 */
export function incidentTimeline(incident: Incident): TimelineEntry[] {
  const numberOf = new Map(incident.steps.map((step, index) => [step.id, { number: index + 1, title: step.title }]));
  const entry = (type: TimelineEntryType, at: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
    type,
    at,
    minutesFromStart: minutesBetween(incident.startedAt, at),
    ...extra,
  });

  const entries: TimelineEntry[] = [
    entry('started', incident.startedAt),
    entry('detected', incident.detectedAt),
    entry('opened', incident.openedAt, { initials: incident.openedBy }),
  ];
  for (const event of incident.events) {
    const step = event.stepId === undefined ? undefined : numberOf.get(event.stepId);
    const extra: Partial<TimelineEntry> = { initials: event.initials };
    if (event.stepId !== undefined) extra.stepId = event.stepId;
    if (step) {
      extra.stepNumber = step.number;
      extra.stepTitle = step.title;
    }
    if ('reason' in event && event.reason) extra.reason = event.reason;
    if (event.type === 'note') extra.text = event.text;
    if (event.type === 'attachment') extra.attachment = event.attachment;
    entries.push(entry(event.type, event.at, extra));
  }
  if (incident.closedAt !== undefined) {
    entries.push(entry('closed', incident.closedAt, incident.closedBy ? { initials: incident.closedBy } : {}));
  }
  // Array.prototype.sort is stable, so equal times keep the order built above.
  return entries.sort((a, b) => instant(a.at) - instant(b.at));
}

/** One line of the timeline in English, for the printed report and exports. */
export function describeTimelineEntry(entry: TimelineEntry): string {
  const by = entry.initials ? ` (${entry.initials})` : '';
  const step = entry.stepNumber === undefined ? 'a step' : `step ${entry.stepNumber} "${entry.stepTitle ?? ''}"`;
  const Step = step.charAt(0).toUpperCase() + step.slice(1);
  const because = entry.reason ? `: ${entry.reason}` : '';
  const onStep = entry.stepNumber === undefined ? '' : ` on step ${entry.stepNumber}`;
  switch (entry.type) {
    case 'started':
      return 'Outage began';
    case 'detected':
      return 'Outage detected';
    case 'opened':
      return `Runbook opened${by}`;
    case 'step-done':
      return `${Step} done${by}`;
    case 'step-skipped':
      return `${Step} skipped${by}${because}`;
    case 'step-blocked':
      return `${Step} blocked${by}${because}`;
    case 'step-reopened':
      return `${Step} reopened${by}`;
    case 'note':
      return `Note${onStep}${by}: ${entry.text ?? ''}`;
    case 'attachment': {
      const file = entry.attachment;
      const what = file ? `"${file.name}" (${file.mimeType}, ${formatAttachmentSize(file.size)})` : 'a file';
      return `Attached ${what}${onStep}${by}`;
    }
    case 'closed':
      return `Incident closed, service restored${by}`;
  }
}
