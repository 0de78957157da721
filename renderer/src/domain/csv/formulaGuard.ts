/**
 * Spreadsheets run a cell that starts with = + - @ (or tab / carriage return) as a formula, so a
 * hostile value could execute on the auditor's machine (CSV injection). Export prefixes such cells
 * with an apostrophe, which spreadsheets show as text; import removes it again.
 *
 * A value that already starts with apostrophes before such a character gets one more, so the
 * import's "remove one apostrophe" always restores the original exactly.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
