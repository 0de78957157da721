import { recordBase } from '../domain/record';
import { canonicalCopy } from './canonical';
import { isTableName, type StoredRecord, type TableName, type VaultChange } from './types';

export interface CheckedChange {
  puts: { table: TableName; record: StoredRecord }[];
  deletes: { table: TableName; id: string }[];
}

export function requireTable(table: unknown): TableName {
  if (!isTableName(table)) throw new TypeError(`Unknown table ${String(table)}`);
  return table;
}

/**
 * Everything is checked before the transaction starts, so a bad record is a programming error
 * reported up front rather than a half-applied commit. Records are normalised through canonical
 * JSON (a frozen deep copy), so the working set holds exactly what a later unlock will decrypt.
 */
export function checkChange(change: VaultChange): CheckedChange {
  const puts = (change.put ?? []).map(({ table, record }) => {
    const result = recordBase.safeParse(record);
    if (!result.success) throw new TypeError(`Invalid record for ${String(table)}: ${result.error.message}`);
    return { table: requireTable(table), record: canonicalCopy(record).copy };
  });
  const deletes = (change.delete ?? []).map(({ table, id }) => {
    if (typeof id !== 'string') throw new TypeError('A delete needs a string id');
    return { table: requireTable(table), id };
  });
  return { puts, deletes };
}
