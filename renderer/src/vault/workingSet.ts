import { deepFreeze } from './freeze';
import { TABLE_NAMES, type StoredRecord, type TableName } from './types';

/**
 * The decrypted records, held only while unlocked. Records are frozen; the arrays from `all()` are
 * fresh copies, because callers routinely sort them in place.
 */
export class WorkingSet {
  readonly #tables = new Map<TableName, Map<string, StoredRecord>>();

  constructor(contents: Partial<Record<TableName, Iterable<StoredRecord>>> = {}) {
    for (const name of TABLE_NAMES) {
      const map = new Map<string, StoredRecord>();
      for (const record of contents[name] ?? []) map.set(record.id, deepFreeze(record));
      this.#tables.set(name, map);
    }
  }

  all(table: TableName): StoredRecord[] {
    return [...this.#table(table).values()];
  }

  get(table: TableName, id: string): StoredRecord | undefined {
    return this.#table(table).get(id);
  }

  put(table: TableName, record: StoredRecord): void {
    this.#table(table).set(record.id, deepFreeze(record));
  }

  delete(table: TableName, id: string): void {
    this.#table(table).delete(id);
  }

  #table(table: TableName): Map<string, StoredRecord> {
    const map = this.#tables.get(table);
    if (map === undefined) throw new TypeError(`Unknown table ${String(table)}`);
    return map;
  }
}
