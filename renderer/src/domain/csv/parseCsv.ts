import Papa from 'papaparse';
import type { RowError } from './rowError';
import { checkCsvTextSize } from './sizeLimit';

export interface CsvRow {
  /** 1-based line in the file where the record starts. */
  line: number;
  cells: string[];
}

/** Step 1 of an import: the file as header + rows, before anything is known about its meaning. */
export interface ParsedCsv {
  header: string[];
  /** Well-formed data rows only; a row with the wrong number of values is in errors instead. */
  rows: CsvRow[];
  /** Data records read, well-formed or not, for "N of M rows can be imported". */
  recordCount: number;
  /** File-level and row-level problems found while reading (size, quoting, field counts). */
  errors: RowError[];
  delimiter: string;
}

const BOM = '\uFEFF';
const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter from the header line only: headers are short plain words, whereas data cells
 * can hold any character, so guessing from data (as papaparse does) can be fooled. Semicolons are
 * what spreadsheets in many European locales write.
 */
function detectDelimiter(text: string): string {
  let best: string = ',';
  let bestCount = 0;
  let inQuotes = false;
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (CANDIDATE_DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  for (const d of CANDIDATE_DELIMITERS) {
    const count = counts.get(d) ?? 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Counts line breaks (CRLF, LF or a lone CR) in text[from, to), to turn offsets into line numbers. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Reads CSV text into a header and rows with their line numbers. Refuses text over the size limit
 * before parsing. A record with bad quoting becomes an error, not a row: papaparse cannot tell where
 * such a record ends, so everything after it is unreadable and reported as such.
 */
export function parseCsv(input: string): ParsedCsv {
  const tooLarge = checkCsvTextSize(input);
  if (tooLarge) return { header: [], rows: [], recordCount: 0, errors: [tooLarge], delimiter: ',' };
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  if (text.trim() === '') {
    return { header: [], rows: [], recordCount: 0, errors: [{ line: 1, code: 'empty-file', message: 'The file is empty.' }], delimiter: ',' };
  }
  const delimiter = detectDelimiter(text);
  const records: CsvRow[] = [];
  const errors: RowError[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const recordLine = line + lineBreaks(text, start, firstContent(text, start, end));
      if (result.errors.length > 0) {
        const at = result.errors[0]?.index ?? start;
        errors.push({
          line: line + lineBreaks(text, start, Math.min(Math.max(at, start), end)),
          code: 'bad-quoting',
          message:
            'A quoted value is not closed properly (look for a stray " character). This record and everything after it could not be read.',
        });
      } else if (!isBlank(result.data)) {
        records.push({ line: recordLine, cells: result.data });
      }
      line += lineBreaks(text, start, end);
      start = end;
    },
  });
  const [headerRow, ...dataRows] = records;
  if (!headerRow) {
    const empty: RowError = { line: 1, code: 'empty-file', message: 'The file is empty.' };
    return { header: [], rows: [], recordCount: 0, errors: errors.length > 0 ? errors : [empty], delimiter };
  }
  const header = headerRow.cells.map((h) => h.trim());
  const rows = dataRows.filter((row) => hasFieldCount(row, header.length, errors));
  const recordCount = dataRows.length + errors.filter((e) => e.code === 'bad-quoting').length;
  if (recordCount === 0) {
    errors.push({ line: headerRow.line, code: 'no-data-rows', message: 'The file has a header row but no data rows.' });
  }
  // Quoting errors were found while reading, field counts afterwards: report in file order.
  errors.sort((a, b) => a.line - b.line);
  return { header, rows, recordCount, errors, delimiter };
}

/** Skips the leading line breaks a step may start with, so the line is where the record's text begins. */
function firstContent(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  return i;
}

/**
 * Extra empty cells at the end of a row are what spreadsheets leave behind and carry no data, so
 * they are dropped; any other count mismatch means the columns may be shifted, so the row is refused.
 */
function hasFieldCount(row: CsvRow, width: number, errors: RowError[]): boolean {
  while (row.cells.length > width && (row.cells[row.cells.length - 1] ?? '').trim() === '') row.cells.pop();
  if (row.cells.length === width) return true;
  const n = row.cells.length;
  errors.push({
    line: row.line,
    code: 'wrong-field-count',
    message: `This row has ${n} ${n === 1 ? 'value' : 'values'} but the header has ${width} columns. Check for a missing or extra comma, or a value with a comma that is not in quotes.`,
  });
  return false;
}
