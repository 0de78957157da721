import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSET_TYPES, makeAsset, type Asset } from '../../../renderer/src/domain/asset';
import { exportAssetsCsv, importAssetsCsv } from '../../../renderer/src/domain/csv/assetCsv';
import { CONFIDENTIALITY_LEVELS } from '../../../renderer/src/domain/process';
import { distinctByName, nastyName, nastyText, optionalMinutes } from './csvArbitraries';

/** What a file carries: everything except the record's identity and in-plan links. */
function content(a: Asset) {
  const { id: _id, updatedAt: _u, parentId: _p, contactId: _c, ...rest } = a;
  return rest;
}

const assetArb = fc
  .record({
    name: nastyName,
    type: fc.constantFrom(...ASSET_TYPES),
    description: nastyText(200),
    locationOrProvider: nastyText(100),
    redundancy: nastyText(100),
    backupMethod: nastyText(100),
    owner: nastyText(100),
    achievableRtoMinutes: optionalMinutes,
    achievableRpoMinutes: optionalMinutes,
    confidentiality: fc.option(fc.constantFrom(...CONFIDENTIALITY_LEVELS), { nil: undefined }),
    securitySystem: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((fields) => makeAsset(fields));

describe('exportAssetsCsv', () => {
  const asset = makeAsset({ name: '=cmd|"/c calc"!A1', type: 'server', description: 'two\nlines, "quoted"', owner: '-Sam', achievableRtoMinutes: 60 });

  it('quotes every field, ends lines with CRLF and guards formulas', () => {
    const csv = exportAssetsCsv([asset]);
    expect(csv.startsWith('"Name","Type","Description",')).toBe(true);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1","server","two\nlines, ""quoted""","","","","'-Sam","60","","",""\r\n`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('adds a UTF-8 BOM when asked', () => {
    expect(exportAssetsCsv([asset], { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('leaves the in-plan contact link out of the file', () => {
    const linked = makeAsset({ name: 'NAS', type: 'device', contactId: crypto.randomUUID() });
    expect(exportAssetsCsv([linked])).not.toContain(linked.contactId);
  });
});

describe('the cybersecurity system column', () => {
  it('reads yes and no in the usual spellings, leaves blanks unset and names anything else', () => {
    const csv = ['Name,Type,Cybersecurity system', 'Firewall,network,Yes', 'Shop,saas,no', 'NAS,device,', 'Badge reader,device,maybe'].join('\n');
    const result = importAssetsCsv(csv);
    expect(result.rows.map((a) => [a.name, a.securitySystem])).toEqual([['Firewall', true], ['Shop', false], ['NAS', undefined]]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('"maybe" is not yes or no') })]);
  });
});

describe('asset CSV round trip', () => {
  it('importing the export gives back the same assets', () => {
    fc.assert(
      fc.property(distinctByName(assetArb, (a) => a.name, 25), fc.boolean(), (assets, bom) => {
        const result = importAssetsCsv(exportAssetsCsv(assets, { bom }));
        expect(result.errors).toEqual([]);
        expect(result.ignoredColumns).toEqual([]);
        expect(result.rows.map(content)).toEqual(assets.map(content));
      }),
      { numRuns: 200 },
    );
  });
});
