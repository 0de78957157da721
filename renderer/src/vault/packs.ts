import { VaultError } from './errors';
import type { StoredRecord, TableName } from './types';

/**
 * The audit trail is stored many records to an IndexedDB row.
 *
 * Reading IndexedDB costs about 15 µs per row whatever its size: in Chromium 100,000 one-event
 * rows took 1.8 s to read, the same bytes in 1,000 rows 0.15 s, and a long audit trail is most of
 * what unlock reads. The trail only grows, so its records are kept in "packs" of PACK_SIZE, each
 * pack sealed as one row like any other (same cipher, same clear-field rules, bound to its table).
 * Packs exist only between the vault and IndexedDB: the working set, the store and backups see
 * records. A record written or changed goes to the newest pack that has room, so a commit
 * rewrites one pack (two when a changed record leaves a full one).
 *
 * Rows stored one record each (vaults written before packs) are still read, and move into a pack
 * the first time they are written again.
 */
export const PACKED_TABLES: readonly TableName[] = ['audit'];
export const PACK_KIND = 'vault-pack';
export const PACK_SIZE = 100;
const PACK_ID = /^vault-pack-(\d{10})$/;

const packId = (n: number) => `vault-pack-${String(n).padStart(10, '0')}`;

export function isPackedTable(table: TableName): boolean {
  return PACKED_TABLES.includes(table);
}

/** A pack as the middleware seals it: an ordinary stored record holding its members. */
interface PackRecord extends StoredRecord {
  kind: typeof PACK_KIND;
  records: StoredRecord[];
}

function isMember(value: unknown): value is StoredRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { id, kind, updatedAt, parentId } = value as Record<string, unknown>;
  return typeof id === 'string' && !PACK_ID.test(id) && typeof kind === 'string' && typeof updatedAt === 'string' && (parentId === undefined || typeof parentId === 'string');
}

/** The writes one commit makes to a packed table, and how to take them into the index once stored. */
export interface PackPlan {
  put: StoredRecord[];
  delete: string[];
  apply: () => void;
}

const DELETED = Symbol('deleted');

/** Where each record of one packed table is stored. */
export class PackIndex {
  /** Record id → its pack, or null for a record in a row of its own. */
  readonly #home = new Map<string, string | null>();
  /** Pack id → its members' ids, in the order they were packed. */
  readonly #members = new Map<string, string[]>();
  #open: string | null = null;
  #next = 1;

  /**
   * The records held by a table's decrypted rows, and the index of where they are. A pack whose
   * contents are not records is damage, named by the pack's id.
   */
  static unpack(rows: readonly StoredRecord[]): { records: StoredRecord[]; index: PackIndex } {
    const index = new PackIndex();
    const records: StoredRecord[] = [];
    for (const row of rows) {
      const number = PACK_ID.exec(row.id);
      if (row.kind !== PACK_KIND || number === null) {
        records.push(row);
        index.#home.set(row.id, null);
        continue;
      }
      const members = (row as Partial<PackRecord>).records;
      if (!Array.isArray(members) || members.length === 0 || members.length > PACK_SIZE || !members.every(isMember)) {
        throw new VaultError('record-damaged', { recordId: row.id, detail: 'pack contents' });
      }
      const ids = members.map((m) => m.id);
      for (const member of members) {
        if (index.#home.has(member.id)) throw new VaultError('record-damaged', { recordId: row.id, detail: `record ${member.id} is stored twice` });
        index.#home.set(member.id, row.id);
        records.push(member);
      }
      index.#members.set(row.id, ids);
      index.#next = Math.max(index.#next, Number(number[1]) + 1);
      if (ids.length < PACK_SIZE) index.#open = row.id;
    }
    return { records, index };
  }

  /**
   * The rows to write and delete so that the table holds `puts` and no longer holds `deletes`.
   * `current` gives a record as it will be after the commit (a put, or the record as it is).
   */
  plan(puts: readonly StoredRecord[], deletes: readonly string[], current: (id: string) => StoredRecord | undefined): PackPlan {
    const moved = new Map<string, string | typeof DELETED>();
    const edited = new Map<string, string[]>();
    const deleteRows: string[] = [];
    let open = this.#open;
    let next = this.#next;
    const members = (pack: string): string[] => {
      let ids = edited.get(pack);
      if (!ids) edited.set(pack, (ids = [...(this.#members.get(pack) ?? [])]));
      return ids;
    };
    const sizeOf = (pack: string) => (edited.get(pack) ?? this.#members.get(pack) ?? []).length;
    const homeOf = (id: string) => {
      const to = moved.get(id);
      return to === DELETED ? undefined : to ?? this.#home.get(id);
    };
    const remove = (id: string) => {
      const home = homeOf(id);
      if (home === undefined) return;
      if (home === null) deleteRows.push(id);
      else {
        const ids = members(home);
        ids.splice(ids.indexOf(id), 1);
      }
    };
    for (const record of puts) {
      if (PACK_ID.test(record.id)) throw new TypeError(`${record.id} is reserved for the vault's own rows`);
      if (open !== null && homeOf(record.id) === open) {
        members(open); // changed in place: the pack is rewritten
        continue;
      }
      remove(record.id);
      if (open === null || sizeOf(open) >= PACK_SIZE) {
        open = packId(next++);
        edited.set(open, []);
      }
      members(open).push(record.id);
      moved.set(record.id, open);
    }
    for (const id of deletes) {
      remove(id);
      moved.set(id, DELETED);
    }
    const putRows: StoredRecord[] = [];
    for (const [pack, ids] of edited) {
      if (ids.length === 0) {
        deleteRows.push(pack);
        continue;
      }
      const records = ids.map((id) => {
        const record = current(id);
        if (!record) throw new Error(`pack ${pack} lost record ${id}`);
        return record;
      });
      const updatedAt = records.reduce((latest, r) => (r.updatedAt > latest ? r.updatedAt : latest), records[0]!.updatedAt);
      const row: PackRecord = { id: pack, kind: PACK_KIND, updatedAt, records };
      putRows.push(row);
    }
    return {
      put: putRows,
      delete: deleteRows,
      apply: () => {
        for (const [id, to] of moved) {
          if (to === DELETED) this.#home.delete(id);
          else this.#home.set(id, to);
        }
        for (const [pack, ids] of edited) {
          if (ids.length === 0) this.#members.delete(pack);
          else this.#members.set(pack, ids);
        }
        this.#open = open !== null && (this.#members.get(open)?.length ?? 0) < PACK_SIZE ? open : null;
        this.#next = next;
      },
    };
  }
}
