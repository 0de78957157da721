// The corpus of broken (and a few tricky but valid) files: each must give exactly these errors, at
// these lines and columns, and only the rows listed as valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAssetsCsv } from '../../../renderer/src/domain/csv/assetCsv';
import { importProcessesCsv } from '../../../renderer/src/domain/csv/processCsv';
import { formatRowError, type RowErrorCode } from '../../../renderer/src/domain/csv/rowError';

type Expected = [line: number, code: RowErrorCode, column?: string];
interface Case {
  file: string;
  errors: Expected[];
  validLines: number[];
  message?: RegExp;
}

const read = (file: string) => readFileSync(join(__dirname, 'fixtures', file), 'utf8');

const assetCases: Case[] = [
  { file: 'assets-bad-quoting.csv', errors: [[3, 'bad-quoting']], validLines: [2], message: /quoted value is not closed properly/ },
  { file: 'assets-unterminated-quote.csv', errors: [[2, 'bad-quoting']], validLines: [] },
  { file: 'assets-missing-columns.csv', errors: [[1, 'missing-column']], validLines: [], message: /No column is chosen for "Type"/ },
  { file: 'assets-wrong-field-count.csv', errors: [[3, 'wrong-field-count'], [4, 'wrong-field-count']], validLines: [2, 5], message: /has 2 values but the header has 3 columns/ },
  { file: 'assets-unknown-values.csv', errors: [[2, 'invalid-value', 'Type'], [3, 'invalid-value', 'Confidentiality']], validLines: [4], message: /"mainframe" is not a valid choice for Type\. Use one of: server, database/ },
  { file: 'assets-duplicates.csv', errors: [[4, 'duplicate', 'Name'], [5, 'duplicate', 'Name']], validLines: [2, 3], message: /"web" appears more than once \(first on line 2\)/ },
  { file: 'assets-empty.csv', errors: [[1, 'empty-file']], validLines: [], message: /The file is empty/ },
  { file: 'assets-blank-lines.csv', errors: [[1, 'empty-file']], validLines: [] },
  { file: 'assets-header-only.csv', errors: [[1, 'no-data-rows']], validLines: [] },
  {
    file: 'assets-multiline-then-errors.csv',
    errors: [[5, 'invalid-value', 'Achievable RTO (hours)'], [7, 'invalid-value', 'Achievable RTO (hours)'], [9, 'invalid-value', 'Achievable RTO (hours)']],
    validLines: [2, 8],
    message: /"soon" is not a duration/,
  },
  { file: 'assets-semicolon-bom.csv', errors: [], validLines: [2, 3] },
  { file: 'assets-formula-guarded.csv', errors: [], validLines: [2, 3] },
];

const processCases: Case[] = [
  {
    file: 'processes-bad-values.csv',
    errors: [
      [2, 'invalid-value', 'Financial @ 1 h'],
      [3, 'invalid-value', 'Legal/regulatory @ 4 h'],
      [4, 'invalid-value', 'Process'],
      [5, 'invalid-value', 'Tolerable financial'],
      [5, 'invalid-value', 'RTO (minutes)'],
      [5, 'invalid-value', 'Impact notes'],
    ],
    validLines: [6],
    message: /"5" is not an impact level/,
  },
  {
    file: 'processes-bad-choices.csv',
    errors: [
      [2, 'invalid-value', 'Confidentiality'],
      [2, 'invalid-value', 'MTPD override (minutes)'],
      [3, 'invalid-value', 'RTO (minutes)'],
      [4, 'duplicate', 'Process'],
    ],
    validLines: [],
    message: /RTO must be a whole number \(got "1\.5"\)/,
  },
];

function check(result: { errors: { line: number; code: string; column?: string; message: string }[]; rowLines: number[] }, c: Case) {
  expect(result.errors.map((e) => (e.column === undefined ? [e.line, e.code] : [e.line, e.code, e.column]))).toEqual(c.errors);
  expect(result.rowLines).toEqual(c.validLines);
  for (const e of result.errors) expect(e.message).toMatch(/^[A-Z"].*[.)]$/);
  if (c.message) expect(result.errors.map((e) => e.message).join('\n')).toMatch(c.message);
}

describe('asset import corpus', () => {
  it.each(assetCases)('$file', (c) => check(importAssetsCsv(read(c.file)), c));
});

describe('process import corpus', () => {
  it.each(processCases)('$file', (c) => check(importProcessesCsv(read(c.file)), c));
});

describe('what the valid rows hold', () => {
  it('reads multi-line quoted values and units from the header', () => {
    const r = importAssetsCsv(read('assets-multiline-then-errors.csv'));
    expect(r.rows.map((a) => [a.name, a.description, a.achievableRtoMinutes])).toEqual([
      ['Web', 'Two nodes\r\nbehind a load balancer\r\n(see diagram)', 60],
      ['NAS', 'Office', 30],
    ]);
    expect(r.recordCount).toBe(5);
  });

  it('reads semicolons, a BOM and accents', () => {
    const r = importAssetsCsv(read('assets-semicolon-bom.csv'));
    expect(r.rows.map((a) => [a.name, a.locationOrProvider, a.achievableRtoMinutes])).toEqual([
      ['Web', 'Hosting; region A', 60],
      ['Café till', 'Shop', undefined],
    ]);
  });

  it('strips the formula guard', () => {
    const r = importAssetsCsv(read('assets-formula-guarded.csv'));
    expect(r.rows.map((a) => [a.name, a.owner])).toEqual([
      ['=HYPERLINK("http://x")', '+Sam'],
      ["'-quoted", '@ops'],
    ]);
  });

  it('reads impact notes and carries blank impact cells forward', () => {
    const [accounts] = importProcessesCsv(read('processes-bad-values.csv')).rows;
    expect(accounts?.impact.justifications).toEqual([
      { category: 'financial', timePoint: 60, text: 'invoices late' },
      { category: 'legal', timePoint: 1440, text: 'VAT deadline' },
    ]);
    expect(accounts?.impact.levels.financial).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(accounts?.impact.tolerableOverrides).toEqual({ financial: 2 });
    expect(accounts?.objectives).toMatchObject({ parentId: accounts?.process.id, rtoMinutes: 480 });
    expect(accounts?.impact.parentId).toBe(accounts?.process.id);
  });

  it('formats errors with line and column for a plain list', () => {
    const [e] = importAssetsCsv(read('assets-unknown-values.csv')).errors;
    expect(e && formatRowError(e)).toBe('Line 2, column "Type": "mainframe" is not a valid choice for Type. Use one of: server, database, network, saas, site, device, data-store.');
  });

  it('reports names already in the plan', () => {
    const r = importAssetsCsv(read('assets-duplicates.csv'), { existingNames: ['db'] });
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'duplicate'],
      [4, 'duplicate'],
      [5, 'duplicate'],
    ]);
    expect(r.errors[0]?.message).toBe('"DB" is already in your plan. Rename it, or remove the row.');
  });
});
