import { describe, expect, it } from 'vitest';
import { importAssetsCsv } from '../../../renderer/src/domain/csv/assetCsv';
import { parseCsv } from '../../../renderer/src/domain/csv/parseCsv';
import { MAX_CSV_BYTES, checkCsvSize } from '../../../renderer/src/domain/csv/sizeLimit';

describe('parseCsv', () => {
  it.each([
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CR only (old Mac Excel)', 'a,b\r1,2\r3,4\r'],
    ['no final line break', 'a,b\n1,2\n3,4'],
  ])('numbers lines with %s endings', (_name, text) => {
    const parsed = parseCsv(text);
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('counts the lines inside quoted values and skips blank lines', () => {
    const parsed = parseCsv('a,b\n"x\ny\nz",1\n\n  \n2,"p\r\nq"\n3,4\n');
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 7, 9]);
    expect(parsed.rows[1]?.cells).toEqual(['2', 'p\r\nq']);
  });

  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['"a,1";b;c\n1;2;3', ';'],
  ])('detects the delimiter from the header of %j', (text, delimiter) => {
    expect(parseCsv(text).delimiter).toBe(delimiter);
  });

  it('reports the line of a bad quote that follows a multi-line value', () => {
    const parsed = parseCsv('a,b\n"one\ntwo",1\n3,"bad"x\n5,6\n');
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([[4, 'bad-quoting']]);
  });
});

describe('size limit', () => {
  it('checks a file size before reading', () => {
    expect(checkCsvSize(MAX_CSV_BYTES)).toBeUndefined();
    expect(checkCsvSize(MAX_CSV_BYTES + 1)).toMatchObject({ line: 1, code: 'file-too-large' });
    expect(checkCsvSize(15 * 1024 * 1024)?.message).toBe('The file is 15.0 MB; the limit is 10 MB. Split it into smaller files, or remove columns you do not need.');
  });

  it('refuses text over 10 MB without parsing it, counting UTF-8 bytes', () => {
    const row = 'Serveur café,server\r\n'; // 'é' is 2 bytes in UTF-8
    const rows = Math.ceil(MAX_CSV_BYTES / (row.length + 0.5)); // fewer chars than the limit, more bytes
    const text = `Name,Type\r\n${row.repeat(rows)}`;
    expect(text.length).toBeLessThan(MAX_CSV_BYTES);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(MAX_CSV_BYTES);
    const result = importAssetsCsv(text);
    expect(result.errors.map((e) => e.code)).toEqual(['file-too-large']);
    expect(result.rows).toEqual([]);
    expect(result.recordCount).toBe(0);
  });

  it('accepts text just under the limit', () => {
    const row = 'Server,server\r\n';
    const text = `Name,Type\r\n${row.repeat(1000)}`;
    expect(importAssetsCsv(text).errors.filter((e) => e.code === 'file-too-large')).toEqual([]);
  });
});
