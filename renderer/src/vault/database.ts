import Dexie, { type Table } from 'dexie';
import { encryptionMiddleware, type KeySource } from './middleware';
import type { StoredRecord } from './types';

export const DEFAULT_DB_NAME = 'lifeboat';
export const HEADER_ID = 'header';

/**
 * Typed as plaintext because that is what the middleware hands up; the sealed row shape lives in
 * recordCipher.ts. `meta` holds the clear vault header and bypasses encryption.
 */
export class VaultDatabase extends Dexie {
  declare records: Table<StoredRecord, string>;
  declare audit: Table<StoredRecord, string>;
  declare attachments: Table<StoredRecord, string>;
  declare meta: Table<{ id: string } & Record<string, unknown>, string>;

  constructor(name: string, keySource: KeySource) {
    // Durability 'strict': a commit that resolved must survive a power cut; this is the plan people
    // reach for when things have already gone wrong. Dexie's read cache is off: the vault keeps its
    // own decrypted working set, and the cache would only hold a second copy of ciphertext.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled' });
    // The clear fields are indexed so the store layer can query by them without decrypting everything.
    this.version(1).stores({
      meta: 'id',
      records: 'id, kind, parentId, updatedAt',
      audit: 'id, kind, parentId, updatedAt',
      attachments: 'id, kind, parentId, updatedAt',
    });
    this.use(encryptionMiddleware(keySource));
  }
}
