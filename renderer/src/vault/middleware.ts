import nacl from 'tweetnacl';
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { VaultError } from './errors';
import { NONCE_BYTES } from './keys';
import { openRecord, sealRecord } from './recordCipher';
import { isTableName, type StoredRecord, type TableName } from './types';

/** Where the middleware asks for the data key; throws VaultError('locked') when there is none. */
export type KeySource = () => Uint8Array;

/**
 * Sits at the top of Dexie's DBCore stack, so everything below it (Dexie's own hooks, caches and
 * IndexedDB) only ever sees sealed rows, and everything above it only ever sees records.
 */
export function encryptionMiddleware(keySource: KeySource): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LifeboatEncryption',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return isTableName(name) ? encryptedTable(table, name, keySource) : table;
      },
    }),
  };
}

function encryptedTable(down: DBCoreTable, table: TableName, keySource: KeySource): DBCoreTable {
  const open = (value: unknown, primaryKey?: unknown): StoredRecord | undefined =>
    value === undefined ? undefined : openRecord(keySource(), table, value, primaryKey);

  return {
    ...down,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
      let values: unknown[];
      try {
        const key = keySource();
        // One call to the random source for the whole batch: per-row calls cost more than the cipher.
        const nonces = nacl.randomBytes(NONCE_BYTES * req.values.length);
        values = req.values.map((value: StoredRecord, i) =>
          sealRecord(key, table, value, nonces.subarray(i * NONCE_BYTES, (i + 1) * NONCE_BYTES)),
        );
      } catch (error) {
        // Rejected rather than thrown, so Dexie aborts the transaction the ordinary way.
        return Promise.reject(error);
      }
      // changeSpec/updates carry plaintext field values; the layers below must not see them, and
      // they only need the full (sealed) values anyway.
      const { changeSpec: _changeSpec, updates: _updates, ...rest } = req as typeof req & { changeSpec?: unknown; updates?: unknown };
      return down.mutate({ ...rest, values } as DBCoreMutateRequest);
    },
    async get(req) {
      return open(await down.get(req), req.key);
    },
    async getMany(req) {
      const rows = await down.getMany(req);
      return rows.map((row, i) => open(row, req.keys[i]));
    },
    async query(req) {
      const response = await down.query(req);
      if (!req.values) return response;
      return { ...response, result: response.result.map((row) => open(row)) };
    },
    async openCursor(req) {
      const cursor = await down.openCursor(req);
      return cursor && (req.values === false ? cursor : decryptingCursor(cursor, (row, pk) => open(row, pk)));
    },
  };
}

/**
 * Same delegation trick Dexie's own virtual-index middleware uses; key and primaryKey are
 * re-exposed because native IDBCursor getters refuse a `this` that is not the real cursor.
 */
function decryptingCursor(cursor: DBCoreCursor, open: (row: unknown, pk: unknown) => StoredRecord | undefined): DBCoreCursor {
  let lastRow: unknown;
  let lastRecord: StoredRecord | undefined;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const row: unknown = cursor.value;
        if (row !== lastRow || lastRecord === undefined) {
          lastRecord = open(row, cursor.primaryKey);
          lastRow = row;
        }
        return lastRecord;
      },
    },
  }) as DBCoreCursor;
}

export function lockedKeySource(get: () => Uint8Array | null): KeySource {
  return () => {
    const key = get();
    if (key === null) throw new VaultError('locked');
    return key;
  };
}
