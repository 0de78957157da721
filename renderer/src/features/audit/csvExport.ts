import Papa from 'papaparse';
import { auditTrailCsvRows, type AuditEvent } from '../../domain/audit';

/** `audit-trail-2025-03-04.csv`, dated where the business is. */
export function auditCsvFileName(today: string): string {
  return `audit-trail-${today}.csv`;
}

/**
 * The trail as CSV: every field quoted, CRLF line ends (RFC 4180), a byte-order mark so
 * spreadsheet programs read accents right. Cells typed by people are formula-guarded by the domain.
 */
export function auditCsvText(events: readonly AuditEvent[]): string {
  return `\uFEFF${Papa.unparse(auditTrailCsvRows(events), { quotes: true, newline: '\r\n' })}\r\n`;
}
