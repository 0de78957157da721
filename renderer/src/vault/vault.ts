import nacl from 'tweetnacl';
import { openBackup, encodeBackup } from './backup';
import { wipe } from './bytes';
import { checkChange, requireTable } from './change';
import { DEFAULT_DB_NAME, HEADER_ID, VaultDatabase } from './database';
import { asVaultError, VaultError } from './errors';
import { HEADER_FORMAT, headerRow, parseHeaderRow, type VaultHeader } from './header';
import { argon2idKdf, checkKdfParams, DEFAULT_KDF, KEY_BYTES, type Kdf, type KdfParams } from './kdf';
import { newDataKey, newSalt, unwrapKey, wrapKey } from './keys';
import { lockedKeySource } from './middleware';
import { formatRecoveryKey, parseRecoveryKey } from './recoveryKey';
import { TABLE_NAMES, type StoredRecord, type TableName, type VaultChange, type VaultStatus } from './types';
import { workerKdf } from './workerKdf';
import { WorkingSet } from './workingSet';
import { isPackedTable, PackIndex, type PackPlan } from './packs';

export interface VaultOptions {
  /** IndexedDB database name; default 'lifeboat'. */
  dbName?: string;
  /** Default: workerKdf() where Web Workers exist, else argon2idKdf in the calling thread. */
  kdf?: Kdf;
  /** Costs for new passphrases (create, changePassphrase); default DEFAULT_KDF. */
  kdfParams?: Omit<KdfParams, 'salt'>;
}

export interface Vault {
  readonly status: VaultStatus;
  /** True after a recovery-key unlock, until changePassphrase; false again after lock(). */
  readonly mustChangePassphrase: boolean;
  /** Only when empty ('vault-exists' otherwise). Leaves the vault unlocked. Show the key once. */
  create(passphrase: string): Promise<{ recoveryKey: string }>;
  /**
   * 'wrong-passphrase', 'kdf-below-floor', 'record-damaged' (naming the row), 'vault-missing'.
   * Called while already unlocked it only verifies the passphrase (use it to re-authenticate
   * before sensitive actions); a wrong one throws and changes nothing.
   */
  unlock(passphrase: string): Promise<void>;
  /** True when `passphrase` opens this vault; changes nothing. Guards passphrase changes at an unattended desk. */
  verifyPassphrase(passphrase: string): Promise<boolean>;
  /** Accepts any case, spaces, dashes; 'wrong-recovery-key' for typos and for other vaults' keys. */
  unlockWithRecoveryKey(recoveryKey: string): Promise<void>;
  /** Re-wraps the data key only (new salt); records stay byte for byte. Does not ask for the old passphrase. */
  changePassphrase(newPassphrase: string): Promise<void>;
  lock(): void;
  /** A fresh array each call (sort it freely); the records themselves are frozen. 'locked' when locked. */
  all(table: TableName): StoredRecord[];
  get(table: TableName, id: string): StoredRecord | undefined;
  /**
   * One IndexedDB transaction; puts are applied before deletes. Records must satisfy `recordBase`
   * and be JSON-serialisable, else TypeError before anything is written. 'storage-failed' leaves
   * disk and working set unchanged.
   */
  commit(change: VaultChange): Promise<void>;
  exportBackup(): Promise<Uint8Array>;
  /**
   * Works in any status. Verifies the whole file first ('backup-foreign', 'backup-unsupported-version',
   * 'kdf-below-floor', 'backup-wrong-passphrase', 'backup-damaged'), then replaces everything,
   * passphrase and recovery key included, in one transaction, and ends unlocked.
   */
  importBackup(bytes: Uint8Array, passphrase: string): Promise<void>;
  erase(): Promise<void>;
  /** Called after every status change and every commit. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export async function openVault(options: VaultOptions = {}): Promise<Vault> {
  const vault = new LifeboatVault(options);
  await vault.init();
  return vault;
}

class LifeboatVault implements Vault {
  readonly #db: VaultDatabase;
  readonly #kdf: Kdf;
  readonly #kdfParams: Omit<KdfParams, 'salt'>;
  readonly #listeners = new Set<() => void>();
  #status: VaultStatus = 'empty';
  #mustChange = false;
  #dek: Uint8Array | null = null;
  #working: WorkingSet | null = null;
  /** Where each record of the packed tables is stored (packs.ts); held while unlocked. */
  #packs: Map<TableName, PackIndex> | null = null;
  /** Bumped by lock(); async work that started under an older epoch must not resurrect keys or data. */
  #epoch = 0;
  /** Async operations run one at a time, so disk, keys and working set always move together. */
  #tail: Promise<unknown> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.#db = new VaultDatabase(options.dbName ?? DEFAULT_DB_NAME, lockedKeySource(() => this.#dek));
    this.#kdf = options.kdf ?? (typeof Worker !== 'undefined' ? workerKdf() : argon2idKdf);
    this.#kdfParams = { ...(options.kdfParams ?? DEFAULT_KDF) };
  }

  async init(): Promise<void> {
    try {
      await this.#db.open();
      this.#status = (await this.#db.meta.get(HEADER_ID)) === undefined ? 'empty' : 'locked';
    } catch (error) {
      throw asVaultError(error, 'storage-failed');
    }
  }

  get status(): VaultStatus {
    return this.#status;
  }

  get mustChangePassphrase(): boolean {
    return this.#mustChange;
  }

  create(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.#serial(async () => {
      requirePassphrase(passphrase);
      const params = this.#newKdfParams();
      if ((await this.#readHeaderRow()) !== undefined) throw new VaultError('vault-exists');
      const epoch = this.#epoch;
      const dek = newDataKey();
      const recovery = nacl.randomBytes(KEY_BYTES);
      let header: VaultHeader;
      let recoveryKey: string;
      try {
        const kek = await this.#kdf(passphrase, params);
        header = { format: HEADER_FORMAT, kdf: params, passphraseWrap: wrapKey(kek, dek), recoveryWrap: wrapKey(recovery, dek) };
        wipe(kek);
        recoveryKey = formatRecoveryKey(recovery);
      } catch (error) {
        wipe(dek);
        throw error;
      } finally {
        wipe(recovery);
      }
      try {
        const { meta, records, audit, attachments } = this.#db;
        await this.#db.transaction('rw', [meta, records, audit, attachments], async () => {
          // Rows without a header can never be decrypted; start from nothing rather than mix them in.
          await Promise.all([records.clear(), audit.clear(), attachments.clear()]);
          await meta.put(headerRow(HEADER_ID, header));
        });
      } catch (error) {
        wipe(dek);
        throw asVaultError(error, 'storage-failed');
      }
      if (epoch !== this.#epoch) {
        // Locked while we were writing: the vault exists, but stays closed.
        wipe(dek);
        this.#setStatus('locked');
      } else {
        this.#open(dek, new WorkingSet(), emptyPackIndexes(), false);
      }
      return { recoveryKey };
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const header = await this.#readHeader();
      const check = checkKdfParams(header.kdf);
      if (check === 'below-floor') throw new VaultError('kdf-below-floor');
      if (check !== 'ok') throw new VaultError('record-damaged', { recordId: HEADER_ID, detail: 'KDF parameters' });
      const epoch = this.#epoch;
      const kek = await this.#kdf(passphrase, header.kdf);
      const dek = unwrapKey(kek, header.passphraseWrap);
      wipe(kek);
      if (dek === null) throw new VaultError('wrong-passphrase');
      await this.#enter(dek, epoch, false);
    });
  }

  verifyPassphrase(passphrase: string): Promise<boolean> {
    return this.#serial(async () => {
      this.#requireUnlocked();
      const header = await this.#readHeader();
      // Same downgrade rule as unlock: never run the KDF on parameters we would refuse there.
      if (checkKdfParams(header.kdf) !== 'ok') return false;
      const kek = await this.#kdf(passphrase, header.kdf);
      const dek = unwrapKey(kek, header.passphraseWrap);
      wipe(kek);
      wipe(dek);
      return dek !== null;
    });
  }

  unlockWithRecoveryKey(recoveryKey: string): Promise<void> {
    return this.#serial(async () => {
      const header = await this.#readHeader();
      const key = parseRecoveryKey(recoveryKey);
      const dek = unwrapKey(key, header.recoveryWrap);
      wipe(key);
      if (dek === null) throw new VaultError('wrong-recovery-key');
      await this.#enter(dek, this.#epoch, true);
    });
  }

  changePassphrase(newPassphrase: string): Promise<void> {
    return this.#serial(async () => {
      this.#requireUnlocked();
      requirePassphrase(newPassphrase);
      const params = this.#newKdfParams();
      const epoch = this.#epoch;
      const kek = await this.#kdf(newPassphrase, params);
      try {
        await this.#db.transaction('rw', this.#db.meta, async () => {
          const header = await this.#readHeader();
          if (epoch !== this.#epoch || this.#dek === null) throw new VaultError('locked');
          // Only the passphrase wrap changes: records and the recovery-key wrap stay byte for byte.
          await this.#db.meta.put(headerRow(HEADER_ID, { ...header, kdf: params, passphraseWrap: wrapKey(kek, this.#dek) }));
        });
      } catch (error) {
        throw asVaultError(error, 'storage-failed');
      } finally {
        wipe(kek);
      }
      this.#mustChange = false;
      this.#notify();
    });
  }

  lock(): void {
    this.#epoch++;
    wipe(this.#dek);
    this.#dek = null;
    this.#working = null;
    this.#packs = null;
    this.#mustChange = false;
    if (this.#status === 'unlocked') this.#setStatus('locked');
  }

  all(table: TableName): StoredRecord[] {
    return this.#requireUnlocked().all(requireTable(table));
  }

  get(table: TableName, id: string): StoredRecord | undefined {
    return this.#requireUnlocked().get(requireTable(table), id);
  }

  commit(change: VaultChange): Promise<void> {
    return this.#serial(async () => {
      const working = this.#requireUnlocked();
      const { puts, deletes } = checkChange(change);
      if (puts.length === 0 && deletes.length === 0) return;
      const epoch = this.#epoch;
      const packs = this.#packs;
      if (packs === null) throw new VaultError('locked');
      const plans: PackPlan[] = [];
      try {
        const writes = TABLE_NAMES.map((name) => {
          const rows = puts.filter((p) => p.table === name).map((p) => p.record);
          const ids = deletes.filter((d) => d.table === name).map((d) => d.id);
          const index = packs.get(name);
          if (!index || (rows.length === 0 && ids.length === 0)) return { name, rows, ids };
          const after = new Map(rows.map((r) => [r.id, r]));
          const plan = index.plan(rows, ids, (id) => after.get(id) ?? working.get(name, id));
          plans.push(plan);
          return { name, rows: plan.put, ids: plan.delete };
        });
        const tables = TABLE_NAMES.map((name) => this.#db.table(name));
        await this.#db.transaction('rw', tables, async () => {
          for (const { name, rows } of writes) if (rows.length > 0) await this.#db.table(name).bulkPut(rows);
          for (const { name, ids } of writes) if (ids.length > 0) await this.#db.table(name).bulkDelete(ids);
        });
      } catch (error) {
        throw asVaultError(error, 'storage-failed');
      }
      if (epoch !== this.#epoch || this.#working !== working) return;
      for (const plan of plans) plan.apply();
      for (const p of puts) working.put(p.table, p.record);
      for (const d of deletes) working.delete(d.table, d.id);
      this.#notify();
    });
  }

  exportBackup(): Promise<Uint8Array> {
    return this.#serial(async () => {
      const working = this.#requireUnlocked();
      const header = await this.#readHeader();
      const dek = this.#dek;
      if (dek === null) throw new VaultError('locked');
      return encodeBackup(header, dek, {
        records: working.all('records'),
        audit: working.all('audit'),
        attachments: working.all('attachments'),
      });
    });
  }

  importBackup(bytes: Uint8Array, passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const epoch = this.#epoch;
      const { header, dek, tables } = await openBackup(bytes, passphrase, this.#kdf);
      if (epoch !== this.#epoch) {
        wipe(dek);
        throw new VaultError('locked');
      }
      const { stored, packs } = packTables(tables);
      const previous = this.#dek;
      // The middleware seals with whatever key we hold, and the new rows belong to the backup's key.
      this.#dek = dek;
      try {
        const { meta, records, audit, attachments } = this.#db;
        await this.#db.transaction('rw', [meta, records, audit, attachments], async () => {
          await Promise.all([meta.clear(), records.clear(), audit.clear(), attachments.clear()]);
          await meta.put(headerRow(HEADER_ID, header));
          for (const name of TABLE_NAMES) await this.#db.table(name).bulkPut(stored[name]);
        });
      } catch (error) {
        if (this.#dek === dek) this.#dek = previous;
        else wipe(previous); // lock() ran meanwhile and dropped only the new key
        wipe(dek);
        throw asVaultError(error, 'storage-failed');
      }
      if (previous !== null) wipe(previous);
      if (epoch !== this.#epoch) {
        this.#setStatus('locked');
        return;
      }
      this.#open(dek, new WorkingSet(tables), packs, false);
    });
  }

  erase(): Promise<void> {
    return this.#serial(async () => {
      try {
        const { meta, records, audit, attachments } = this.#db;
        await this.#db.transaction('rw', [meta, records, audit, attachments], async () => {
          await Promise.all([meta.clear(), records.clear(), audit.clear(), attachments.clear()]);
        });
      } catch (error) {
        throw asVaultError(error, 'storage-failed');
      }
      this.lock();
      this.#setStatus('empty');
    });
  }

  subscribe(listener: () => void): () => void {
    const entry = (): void => listener();
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /** Second half of both unlock paths, once a DEK has been recovered from a wrap. */
  async #enter(dek: Uint8Array, epoch: number, viaRecovery: boolean): Promise<void> {
    if (this.#status === 'unlocked') {
      // Already open: this was a re-authentication against the same DEK.
      wipe(dek);
      if (viaRecovery && !this.#mustChange) {
        this.#mustChange = true;
        this.#notify();
      }
      return;
    }
    if (epoch !== this.#epoch) {
      wipe(dek);
      throw new VaultError('locked');
    }
    this.#dek = dek;
    let working: { set: WorkingSet; packs: Map<TableName, PackIndex> };
    try {
      working = await this.#loadAll();
    } catch (error) {
      if (this.#dek === dek) this.#dek = null;
      wipe(dek);
      throw asVaultError(error, 'storage-failed');
    }
    if (epoch !== this.#epoch) {
      if (this.#dek === dek) this.#dek = null;
      wipe(dek);
      throw new VaultError('locked');
    }
    this.#open(dek, working.set, working.packs, viaRecovery);
  }

  /** The one place every row is decrypted; any damaged row fails the whole unlock. */
  async #loadAll(): Promise<{ set: WorkingSet; packs: Map<TableName, PackIndex> }> {
    const tables = TABLE_NAMES.map((name) => this.#db.table<StoredRecord, string>(name));
    const contents = await this.#db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
    const packs = new Map<TableName, PackIndex>();
    const records = TABLE_NAMES.map((name, i) => {
      const rows = contents[i] ?? [];
      if (!isPackedTable(name)) return [name, rows] as const;
      const { records: unpacked, index } = PackIndex.unpack(rows);
      packs.set(name, index);
      return [name, unpacked] as const;
    });
    return { set: new WorkingSet(Object.fromEntries(records)), packs };
  }

  #open(dek: Uint8Array, working: WorkingSet, packs: Map<TableName, PackIndex>, mustChange: boolean): void {
    this.#dek = dek;
    this.#working = working;
    this.#packs = packs;
    this.#mustChange = mustChange;
    this.#setStatus('unlocked');
  }

  async #readHeaderRow(): Promise<unknown> {
    try {
      return await this.#db.meta.get(HEADER_ID);
    } catch (error) {
      throw asVaultError(error, 'storage-failed');
    }
  }

  async #readHeader(): Promise<VaultHeader> {
    const row = await this.#readHeaderRow();
    if (row === undefined) throw new VaultError('vault-missing');
    const header = parseHeaderRow(row);
    if (header === undefined) throw new VaultError('record-damaged', { recordId: HEADER_ID, detail: 'vault header' });
    return header;
  }

  #newKdfParams(): KdfParams {
    const check = checkKdfParams(this.#kdfParams);
    if (check === 'below-floor') throw new VaultError('kdf-below-floor');
    if (check !== 'ok') throw new TypeError('Invalid kdfParams option');
    return { ...this.#kdfParams, salt: newSalt() };
  }

  #requireUnlocked(): WorkingSet {
    if (this.#status !== 'unlocked' || this.#working === null) throw new VaultError('locked');
    return this.#working;
  }

  #setStatus(status: VaultStatus): void {
    this.#status = status;
    this.#notify();
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener();
      } catch (error) {
        // One faulty subscriber must not stop the others or the vault; surface it asynchronously.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(operation);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}

function requirePassphrase(passphrase: unknown): void {
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new TypeError('A passphrase must be a non-empty string');
}

function emptyPackIndexes(): Map<TableName, PackIndex> {
  return new Map(TABLE_NAMES.filter(isPackedTable).map((name) => [name, new PackIndex()]));
}

/** A backup's tables as rows to store: packed tables in packs, the others a record per row. */
function packTables(tables: Record<TableName, StoredRecord[]>): { stored: Record<TableName, StoredRecord[]>; packs: Map<TableName, PackIndex> } {
  const packs = emptyPackIndexes();
  const stored = { ...tables };
  for (const [name, index] of packs) {
    const byId = new Map(tables[name].map((r) => [r.id, r]));
    const plan = index.plan(tables[name], [], (id) => byId.get(id));
    plan.apply();
    stored[name] = plan.put;
  }
  return { stored, packs };
}
