import { ASSET_KIND, assetSchema, type Asset } from '../asset';
import { suggestMapping, type ColumnMapping, type CsvField } from './columns';
import { choiceField, durationField, textField, yesNoField } from './fieldTypes';
import { importRows, type CsvImportResult, type ImportOptions, type ImportSpec } from './importRows';
import { parseCsv, type ParsedCsv } from './parseCsv';
import { writeCsv, type CsvExportOptions } from './writeCsv';

/** Words CMDB exports use for our asset types. */
const TYPE_ALIASES: Record<string, string> = {
  db: 'database',
  'data-base': 'database',
  'software-as-a-service': 'saas',
  cloud: 'saas',
  'cloud-service': 'saas',
  data: 'data-store',
  datastore: 'data-store',
  storage: 'data-store',
  building: 'site',
  premises: 'site',
  location: 'site',
  'virtual-machine': 'server',
  vm: 'server',
  host: 'server',
  router: 'network',
  firewall: 'network',
  laptop: 'device',
  pc: 'device',
  printer: 'device',
};

/** The asset inventory columns, in export order; contactId is a link inside the plan and stays out of files. */
export const ASSET_CSV_FIELDS: readonly CsvField<Asset>[] = [
  textField<Asset>({ key: 'name', header: 'Name', label: 'Name', required: true, path: ['name'], get: (a) => a.name, aliases: ['asset', 'asset name', 'component', 'hostname', 'ci', 'ci name', 'item'] }),
  choiceField<Asset>({ key: 'type', header: 'Type', label: 'Type', required: true, path: ['type'], get: (a) => a.type, aliases: ['asset type', 'category', 'class', 'ci class', 'kind'], choiceAliases: TYPE_ALIASES }),
  textField<Asset>({ key: 'description', header: 'Description', label: 'Description', path: ['description'], get: (a) => a.description, aliases: ['notes', 'details', 'purpose'] }),
  textField<Asset>({ key: 'locationOrProvider', header: 'Location or provider', label: 'Location or provider', path: ['locationOrProvider'], get: (a) => a.locationOrProvider, aliases: ['location', 'provider', 'site', 'hosted at', 'vendor', 'data centre', 'data center'] }),
  textField<Asset>({ key: 'redundancy', header: 'Redundancy', label: 'Redundancy', path: ['redundancy'], get: (a) => a.redundancy, aliases: ['resilience', 'failover', 'high availability', 'ha'] }),
  textField<Asset>({ key: 'backupMethod', header: 'Backup method', label: 'Backup method', path: ['backupMethod'], get: (a) => a.backupMethod, aliases: ['backup', 'backups'] }),
  textField<Asset>({ key: 'owner', header: 'Owner', label: 'Owner', path: ['owner'], get: (a) => a.owner, aliases: ['asset owner', 'responsible', 'managed by'] }),
  durationField<Asset>({ key: 'achievableRtoMinutes', header: 'Achievable RTO (minutes)', label: 'Achievable RTO', path: ['achievableRtoMinutes'], get: (a) => a.achievableRtoMinutes, aliases: ['rto', 'recovery time', 'achievable recovery time', 'capability rto'] }),
  durationField<Asset>({ key: 'achievableRpoMinutes', header: 'Achievable RPO (minutes)', label: 'Achievable RPO', path: ['achievableRpoMinutes'], get: (a) => a.achievableRpoMinutes, aliases: ['rpo', 'recovery point', 'achievable recovery point', 'capability rpo'] }),
  choiceField<Asset>({ key: 'confidentiality', header: 'Confidentiality', label: 'Confidentiality', path: ['confidentiality'], get: (a) => a.confidentiality, aliases: ['classification', 'data classification'] }),
  yesNoField<Asset>({ key: 'securitySystem', header: 'Cybersecurity system', label: 'Cybersecurity system', path: ['securitySystem'], get: (a) => a.securitySystem, aliases: ['security system', 'cyber security system', 'cybersecurity'] }),
];

const assetSpec: ImportSpec<Asset, Asset> = {
  fields: ASSET_CSV_FIELDS,
  schema: assetSchema,
  newDraft: (id, now) => ({ id: id(), kind: ASSET_KIND, updatedAt: now }),
  nameField: 'name',
  noun: 'asset',
};

export function suggestAssetMapping(header: readonly string[]): ColumnMapping {
  return suggestMapping(header, ASSET_CSV_FIELDS);
}

/** Steps 2–3 for assets: apply a mapping to a parsed file and validate every row. */
export function validateAssetRows(parsed: ParsedCsv, mapping: ColumnMapping, options: Omit<ImportOptions, 'mapping'> = {}): CsvImportResult<Asset> {
  return importRows(parsed, mapping, assetSpec, options);
}

/** The whole import preview in one call: parse, map (suggested unless given), validate. */
export function importAssetsCsv(text: string, options: ImportOptions = {}): CsvImportResult<Asset> {
  const parsed = parseCsv(text);
  return validateAssetRows(parsed, options.mapping ?? suggestAssetMapping(parsed.header), options);
}

export function exportAssetsCsv(assets: readonly Asset[], options: CsvExportOptions = {}): string {
  return writeCsv(ASSET_CSV_FIELDS, assets, options);
}
