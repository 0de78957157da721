import type { AuditEvent, ChainBreakReason, HeadVerdict } from '../../domain/audit';
import type { AuditNote } from '../../store';

/** The audit trail's own entry in the trail: verifications are noted against it. */
export const AUDIT_TRAIL_ENTITY = { entityKind: 'audit-trail', entityId: 'audit-trail', entityLabel: 'Audit trail' } as const;

export type BreakReason = ChainBreakReason | 'truncated' | 'head-mismatch';

export type AuditVerification = { state: 'intact'; events: number } | { state: 'broken'; firstBrokenSeq: number; reason?: BreakReason };

/**
 * The audit event that records a "Verify audit trail". Its summary is machine-readable English
 * ("Intact: 120 events, head 120 …" / "Broken at event 45: edited"), because the readiness
 * view reads the last result back from the trail itself rather than from a record that would
 * change the plan's fingerprint.
 */
export function verificationNote(verdict: HeadVerdict, events: number): AuditNote {
  const after = verdict.ok
    ? `Intact: ${events} events, head ${verdict.head.seq} ${verdict.head.hash.slice(0, 16)}…`
    : `Broken at event ${verdict.firstBrokenSeq}: ${verdict.reason}`;
  return { action: 'verify', ...AUDIT_TRAIL_ENTITY, after };
}

const BROKEN = /^Broken at event (\d+)(?:: ([a-z-]+))?/;
const INTACT = /^Intact: (\d+) events/;

/** The result of the latest verification recorded in the trail, newest first. */
export function lastAuditVerification(events: readonly AuditEvent[]): AuditVerification | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as AuditEvent;
    if (event.action !== 'verify' || event.entityKind !== AUDIT_TRAIL_ENTITY.entityKind) continue;
    const after = event.after ?? '';
    const intact = INTACT.exec(after);
    if (intact) return { state: 'intact', events: Number(intact[1]) };
    const broken = BROKEN.exec(after);
    if (broken) return { state: 'broken', firstBrokenSeq: Number(broken[1]), ...(broken[2] ? { reason: broken[2] as BreakReason } : {}) };
  }
  return undefined;
}
