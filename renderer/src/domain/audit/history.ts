import type { AuditAction, AuditEvent } from './auditEvent';

/** What the history view can narrow the trail by. Every criterion given must hold. */
export interface AuditFilter {
  /** Case-insensitive, whole name. */
  actor?: string;
  actions?: readonly AuditAction[];
  entityKind?: string;
  entityId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive, so "a day" is [midnight, next midnight) in whatever zone the view chose. */
  to?: Date;
  /** Case-insensitive substring of actor, entity label, entity kind or either summary. */
  text?: string;
}

/** Keeps the events' order; the view decides whether newest comes first. */
export function filterAuditEvents(events: readonly AuditEvent[], filter: AuditFilter): AuditEvent[] {
  const actor = filter.actor?.trim().toLocaleLowerCase();
  const text = filter.text?.trim().toLocaleLowerCase();
  const actions = filter.actions && filter.actions.length > 0 ? new Set(filter.actions) : undefined;
  const from = filter.from?.getTime();
  const to = filter.to?.getTime();
  return events.filter((event) => {
    if (actor && event.actor.toLocaleLowerCase() !== actor) return false;
    if (actions && !actions.has(event.action)) return false;
    if (filter.entityKind && event.entityKind !== filter.entityKind) return false;
    if (filter.entityId && event.entityId !== filter.entityId) return false;
    if (from !== undefined || to !== undefined) {
      // Timestamps differ in precision ("…00Z" vs "…00.500Z"), so compare instants, not strings.
      const at = Date.parse(event.at);
      if (from !== undefined && at < from) return false;
      if (to !== undefined && at >= to) return false;
    }
    if (text) {
      const haystack = [event.actor, event.entityLabel, event.entityKind, event.before ?? '', event.after ?? '']
        .join('\n')
        .toLocaleLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}

/** The distinct actors, for the filter's pick list. */
export function auditActors(events: readonly AuditEvent[]): string[] {
  return [...new Set(events.map((e) => e.actor))].sort((a, b) => a.localeCompare(b));
}
