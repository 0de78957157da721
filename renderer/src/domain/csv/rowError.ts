export type RowErrorCode =
  | 'file-too-large'
  | 'empty-file'
  | 'no-data-rows'
  | 'bad-quoting'
  | 'wrong-field-count'
  | 'missing-column'
  | 'bad-mapping'
  | 'invalid-value'
  | 'duplicate';

/**
 * One problem found while importing, where the user can find it: the 1-based line in the file where
 * the record starts (a quoted value may span lines) and, when it concerns one cell, the column as
 * headed in the file. The message is plain English and does not repeat the line or column.
 */
export interface RowError {
  line: number;
  column?: string;
  /** The target field the cell was mapped to. */
  field?: string;
  code: RowErrorCode;
  message: string;
}

export function formatRowError(e: RowError): string {
  return e.column === undefined ? `Line ${e.line}: ${e.message}` : `Line ${e.line}, column "${e.column}": ${e.message}`;
}
