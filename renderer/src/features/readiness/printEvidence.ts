import type { AuditEvent } from '../../domain/audit';

/**
 * The latest printed copy of the whole plan (the locked-safe kit), as the print screen notes it in
 * the audit trail: a 'print' event naming the kit. Read from the trail so the readiness view needs
 * no record of its own.
 */
export function lastKitPrint(events: readonly AuditEvent[]): AuditEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as AuditEvent;
    if (event.action !== 'print') continue;
    if (/kit/i.test(`${event.entityKind} ${event.entityId} ${event.entityLabel} ${event.after ?? ''}`)) return event;
  }
  return undefined;
}
