import Dexie from 'dexie';
import nacl from 'tweetnacl';
import { KDF_FLOOR, openVault, type Kdf, type StoredRecord, type Vault, type VaultOptions } from '../../renderer/src/vault';

let counter = 0;
export function uniqueDbName(label = 'vault'): string {
  counter += 1;
  return `test-${label}-${counter}-${crypto.randomUUID()}`;
}

export const FLOOR_PARAMS = { algorithm: 'argon2id', memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 } as const;

/**
 * A stand-in for Argon2id for tests that unlock or import hundreds of times (byte-flip sweeps).
 * It keeps the property that matters there: the key depends on passphrase, salt and every cost
 * parameter, so tampering with any of them changes the key, exactly as with the real KDF.
 */
export const fastKdf: Kdf = async (passphrase, params) => {
  const costs = new Uint8Array(new Uint32Array([params.memoryKiB, params.iterations, params.parallelism]).buffer);
  const input = new Uint8Array([...new TextEncoder().encode(passphrase.normalize('NFC')), 0, ...params.salt, ...costs]);
  return nacl.hash(input).slice(0, 32);
};

export async function newVault(options: VaultOptions = {}): Promise<{ vault: Vault; dbName: string }> {
  const dbName = options.dbName ?? uniqueDbName();
  const vault = await openVault({ kdfParams: FLOOR_PARAMS, ...options, dbName });
  return { vault, dbName };
}

export function makeRecord(fields: Partial<StoredRecord> & Record<string, unknown> = {}): StoredRecord {
  return {
    id: crypto.randomUUID(),
    kind: 'process',
    updatedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)).toISOString(),
    ...fields,
  } as StoredRecord;
}

/** The database exactly as IndexedDB holds it, read with the plain API, no Dexie, no middleware. */
export async function rawDump(dbName: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const result: Record<string, unknown[]> = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              result[name] = request.result;
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return result;
  } finally {
    db.close();
  }
}

/** Dexie without the encryption middleware, for tampering with stored rows as an attacker would. */
export async function rawDexie(dbName: string): Promise<Dexie> {
  const db = new Dexie(dbName);
  await db.open();
  return db;
}

export async function expectVaultError(promise: Promise<unknown>, code: string): Promise<{ code: string; recordId?: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name?: string; code?: string; recordId?: string };
    if (e.name !== 'VaultError' || e.code !== code) {
      throw new Error(`Expected VaultError(${code}), got ${e.name}(${e.code ?? ''}): ${String(error)}`);
    }
    return { code: e.code, ...(e.recordId === undefined ? {} : { recordId: e.recordId }) };
  }
  throw new Error(`Expected VaultError(${code}), but the promise resolved`);
}

export function snapshot(vault: Vault): Record<string, StoredRecord[]> {
  return {
    records: sortById(vault.all('records')),
    audit: sortById(vault.all('audit')),
    attachments: sortById(vault.all('attachments')),
  };
}

export function sortById(records: StoredRecord[]): StoredRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
