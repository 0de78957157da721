import { describe, expect, it } from 'vitest';
import { ASSET_CSV_FIELDS, suggestAssetMapping, validateAssetRows } from '../../../renderer/src/domain/csv/assetCsv';
import { checkMapping, normaliseHeader } from '../../../renderer/src/domain/csv/columns';
import { parseCsv } from '../../../renderer/src/domain/csv/parseCsv';
import { suggestProcessMapping } from '../../../renderer/src/domain/csv/processCsv';

it.each([
  ['Achievable RTO (minutes)', 'achievablerto'],
  ['achievable_rto', 'achievablerto'],
  ['  NAME ', 'name'],
  ['Health & safety @ 1 h', 'healthsafety1h'],
  ['Größe', 'größe'],
])('normalises %j to %j', (header, expected) => {
  expect(normaliseHeader(header)).toBe(expected);
});

describe('suggestAssetMapping', () => {
  it('maps a CMDB-style header by aliases and leaves the rest unmapped', () => {
    const m = suggestAssetMapping(['Hostname', 'CI Class', 'Location', 'Backups', 'RTO (hours)', 'Serial number']);
    expect(m).toMatchObject({ name: 0, type: 1, locationOrProvider: 2, backupMethod: 3, achievableRtoMinutes: 4, owner: null, confidentiality: null });
  });

  it('prefers an exact header over an alias and maps each column once', () => {
    const m = suggestAssetMapping(['Asset', 'Name', 'Name']);
    expect(m.name).toBe(1);
  });

  it('maps the export header back to every field', () => {
    const m = suggestAssetMapping(ASSET_CSV_FIELDS.map((f) => f.header));
    expect(Object.values(m)).toEqual(ASSET_CSV_FIELDS.map((_, i) => i));
  });

  it('maps BIA spreadsheet headers for processes', () => {
    expect(suggestProcessMapping(['Service', 'Process owner', 'RTO (hours)', 'MTPD', 'Financial @ 8 h'])).toMatchObject({
      name: 0,
      owner: 1,
      rtoMinutes: 2,
      mtpdOverrideMinutes: 3,
      'impact.financial.480': 4,
      deputy: null,
    });
  });
});

describe('checkMapping and a user-adjusted mapping', () => {
  const parsed = parseCsv('Thing,Sort,Where\r\nNAS,data store,Office\r\n');

  it('reports a required field without a column', () => {
    const m = suggestAssetMapping(parsed.header);
    expect(m.name).toBeNull();
    const result = validateAssetRows(parsed, m);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 1, field: 'name', code: 'missing-column', message: 'No column is chosen for "Name", which is required.' },
      { line: 1, field: 'type', code: 'missing-column', message: 'No column is chosen for "Type", which is required.' },
    ]);
  });

  it('imports once the user maps the columns', () => {
    const result = validateAssetRows(parsed, { ...suggestAssetMapping(parsed.header), name: 0, type: 1, locationOrProvider: 2 });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ name: 'NAS', type: 'data-store', locationOrProvider: 'Office' });
    expect(result.ignoredColumns).toEqual([]);
  });

  it('refuses a column used twice or out of range', () => {
    const errors = checkMapping({ name: 0, type: 0, owner: 7 }, parsed.header, ASSET_CSV_FIELDS);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['bad-mapping', 'type'],
      ['bad-mapping', 'owner'],
    ]);
  });
});
