import Papa from 'papaparse';
import type { CsvField } from './columns';
import { guardFormula } from './formulaGuard';

export interface CsvExportOptions {
  /** A UTF-8 byte-order mark makes Excel on Windows read accents and symbols correctly. */
  bom?: boolean;
}

export interface ExportColumn<Source> {
  header: string;
  write(source: Source): string;
}

/**
 * Every field quoted and CRLF line ends (RFC 4180), which every spreadsheet opens the same way;
 * every cell guarded against formula injection.
 */
export function writeCsv<Source>(columns: readonly (ExportColumn<Source> | CsvField<Source>)[], sources: readonly Source[], options: CsvExportOptions = {}): string {
  const data = [columns.map((c) => guardFormula(c.header)), ...sources.map((s) => columns.map((c) => guardFormula(c.write(s))))];
  const body = Papa.unparse(data, { quotes: true, newline: '\r\n', escapeFormulae: false });
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
