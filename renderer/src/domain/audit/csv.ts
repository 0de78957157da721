import type { AuditEvent } from './auditEvent';

export const AUDIT_CSV_HEADER = [
  'seq',
  'at',
  'actor',
  'action',
  'entity_kind',
  'entity_id',
  'entity',
  'before',
  'after',
  'prev_hash',
  'hash',
] as const;

/**
 * The trail as CSV rows (header first), for the serialiser the feature layer uses.
 *
 * Free text typed by users (actor, entity name, summaries) is neutralised against spreadsheet
 * formula injection: a cell starting with = + - @ or a tab/CR gets a leading apostrophe, as
 * OWASP advises, so opening the export in a spreadsheet never runs it. Identifiers, times and
 * hashes are written exactly, so each row can be matched with the event in the vault and the
 * head hash compared with the one printed in the evidence pack.
 */
export function auditTrailCsvRows(events: readonly AuditEvent[]): string[][] {
  return [
    [...AUDIT_CSV_HEADER],
    ...events.map((e) => [
      String(e.seq),
      e.at,
      neutralise(e.actor),
      e.action,
      e.entityKind,
      e.entityId,
      neutralise(e.entityLabel),
      neutralise(e.before ?? ''),
      neutralise(e.after ?? ''),
      e.prevHash,
      e.hash,
    ]),
  ];
}

function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
