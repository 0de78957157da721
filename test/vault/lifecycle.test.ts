import nacl from 'tweetnacl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KDF, KDF_FLOOR, openVault, VaultError, type Kdf } from '../../renderer/src/vault';
import { expectVaultError, fastKdf, makeRecord, newVault, rawDexie, rawDump, snapshot } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('create and unlock', () => {
  it('starts empty, and refuses reads and unlocks until created', async () => {
    const { vault } = await newVault();
    expect(vault.status).toBe('empty');
    expect(() => vault.all('records')).toThrowError(VaultError);
    await expectVaultError(vault.unlock('anything'), 'vault-missing');
    await expectVaultError(vault.unlockWithRecoveryKey('AAAA'), 'vault-missing');
    await expectVaultError(vault.exportBackup(), 'locked');
  });

  it('creates an unlocked vault whose data survives reopening, and only the passphrase reopens it', async () => {
    const { vault, dbName } = await newVault();
    const { recoveryKey } = await vault.create('correct horse battery staple');
    expect(vault.status).toBe('unlocked');
    expect(vault.mustChangePassphrase).toBe(false);
    expect(recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}$/);
    const record = makeRecord({ name: 'Payroll run', steps: [1, 2, 3] });
    await vault.commit({ put: [{ table: 'records', record }] });

    const reopened = await openVault({ dbName, kdfParams: { algorithm: 'argon2id', ...KDF_FLOOR, parallelism: 1 } });
    expect(reopened.status).toBe('locked');
    await expectVaultError(reopened.unlock('correct horse battery stapl'), 'wrong-passphrase');
    expect(reopened.status).toBe('locked');
    await reopened.unlock('correct horse battery staple');
    expect(reopened.status).toBe('unlocked');
    expect(reopened.all('records')).toEqual([record]);
    expect(reopened.get('records', record.id)).toEqual(record);
    expect(reopened.get('records', crypto.randomUUID())).toBeUndefined();
  });

  it('refuses a second create, even when locked, and leaves the first vault alone', async () => {
    const { vault, dbName } = await newVault();
    await vault.create('first passphrase');
    await vault.commit({ put: [{ table: 'records', record: makeRecord() }] });
    const before = await rawDump(dbName);
    await expectVaultError(vault.create('second passphrase'), 'vault-exists');
    vault.lock();
    await expectVaultError(vault.create('second passphrase'), 'vault-exists');
    expect(await rawDump(dbName)).toEqual(before);
    await vault.unlock('first passphrase');
  });

  it('a wrong passphrase changes nothing on disk or in memory', async () => {
    const { vault, dbName } = await newVault({ kdf: fastKdf });
    await vault.create('right');
    await vault.commit({ put: [{ table: 'audit', record: makeRecord({ kind: 'audit-event' }) }] });
    const data = snapshot(vault);
    const disk = await rawDump(dbName);

    // While unlocked, unlock() is a re-authentication: a wrong answer must not lock or alter anything.
    await expectVaultError(vault.unlock('wrong'), 'wrong-passphrase');
    expect(vault.status).toBe('unlocked');
    expect(snapshot(vault)).toEqual(data);

    vault.lock();
    await expectVaultError(vault.unlock('wrong'), 'wrong-passphrase');
    await expectVaultError(vault.unlock(''), 'wrong-passphrase');
    expect(vault.status).toBe('locked');
    expect(() => vault.all('audit')).toThrowError(/locked/);
    expect(await rawDump(dbName)).toEqual(disk);
    await vault.unlock('right');
    expect(snapshot(vault)).toEqual(data);
  });

  it('treats composed and decomposed spellings of a passphrase as the same passphrase (NFC)', async () => {
    const { vault } = await newVault();
    await vault.create('caf\u00e9 cr\u00e8me');
    vault.lock();
    await vault.unlock('cafe\u0301 cre\u0300me');
    expect(vault.status).toBe('unlocked');
  });

  it('rejects empty passphrases and below-floor kdfParams at create', async () => {
    const { vault } = await newVault();
    await expect(vault.create('')).rejects.toThrowError(TypeError);
    const weak = await openVault({ dbName: `weak-${crypto.randomUUID()}`, kdfParams: { algorithm: 'argon2id', memoryKiB: 8192, iterations: 3, parallelism: 1 } });
    await expectVaultError(weak.create('passphrase'), 'kdf-below-floor');
    expect(weak.status).toBe('empty');
  });
});

describe('recovery key', () => {
  it('unlocks in any case with spaces or dashes, forces a passphrase change, and keeps working afterwards', async () => {
    const { vault } = await newVault({ kdf: fastKdf });
    const { recoveryKey } = await vault.create('forgotten passphrase');
    const record = makeRecord({ name: 'Call tree' });
    await vault.commit({ put: [{ table: 'records', record }] });
    vault.lock();

    const typed = `  ${recoveryKey.toLowerCase().replace(/-/g, ' ')}\n`;
    await vault.unlockWithRecoveryKey(typed);
    expect(vault.status).toBe('unlocked');
    expect(vault.mustChangePassphrase).toBe(true);
    expect(vault.all('records')).toEqual([record]);

    await vault.changePassphrase('brand new passphrase');
    expect(vault.mustChangePassphrase).toBe(false);
    vault.lock();
    await expectVaultError(vault.unlock('forgotten passphrase'), 'wrong-passphrase');
    await vault.unlock('brand new passphrase');
    vault.lock();
    await vault.unlockWithRecoveryKey(recoveryKey.replace(/-/g, ''));
    expect(vault.mustChangePassphrase).toBe(true);
    vault.lock();
    expect(vault.mustChangePassphrase).toBe(false);
  });

  it('reports typos and keys of other vaults as wrong-recovery-key and stays locked', async () => {
    const { vault } = await newVault({ kdf: fastKdf });
    const { recoveryKey } = await vault.create('pass');
    vault.lock();
    const typo = (recoveryKey.startsWith('A') ? 'B' : 'A') + recoveryKey.slice(1);
    await expectVaultError(vault.unlockWithRecoveryKey(typo), 'wrong-recovery-key');
    await expectVaultError(vault.unlockWithRecoveryKey(recoveryKey.slice(0, -1)), 'wrong-recovery-key');
    await expectVaultError(vault.unlockWithRecoveryKey(''), 'wrong-recovery-key');

    const other = await newVault({ kdf: fastKdf });
    const { recoveryKey: foreignKey } = await other.vault.create('pass');
    await expectVaultError(vault.unlockWithRecoveryKey(foreignKey), 'wrong-recovery-key');
    expect(vault.status).toBe('locked');
    expect(vault.mustChangePassphrase).toBe(false);
  });
});

describe('changing the passphrase', () => {
  it('re-wraps only the data key: records and the recovery wrap are byte-identical, salt and wrap are new', async () => {
    const { vault, dbName } = await newVault();
    const { recoveryKey } = await vault.create('old passphrase');
    await vault.commit({
      put: [
        { table: 'records', record: makeRecord({ name: 'Site loss' }) },
        { table: 'attachments', record: makeRecord({ kind: 'attachment', data: 'aGVsbG8=' }) },
      ],
    });
    const before = await rawDump(dbName);
    await vault.changePassphrase('new passphrase');
    const after = await rawDump(dbName);

    expect(after.records).toEqual(before.records);
    expect(after.audit).toEqual(before.audit);
    expect(after.attachments).toEqual(before.attachments);
    const [oldHeader] = before.meta as Record<string, { salt?: Uint8Array; box?: Uint8Array }>[];
    const [newHeader] = after.meta as Record<string, { salt?: Uint8Array; box?: Uint8Array }>[];
    expect(newHeader?.recoveryWrap).toEqual(oldHeader?.recoveryWrap);
    expect(newHeader?.kdf?.salt).not.toEqual(oldHeader?.kdf?.salt);
    expect(newHeader?.passphraseWrap?.box).not.toEqual(oldHeader?.passphraseWrap?.box);

    vault.lock();
    await expectVaultError(vault.unlock('old passphrase'), 'wrong-passphrase');
    await vault.unlock('new passphrase');
    expect(vault.all('records')).toHaveLength(1);
    vault.lock();
    await vault.unlockWithRecoveryKey(recoveryKey);
  });

  it('needs an unlocked vault', async () => {
    const { vault } = await newVault({ kdf: fastKdf });
    await expectVaultError(vault.changePassphrase('x'), 'locked');
    await vault.create('a');
    vault.lock();
    await expectVaultError(vault.changePassphrase('x'), 'locked');
  });
});

describe('verifying the passphrase', () => {
  it('answers true or false without changing anything, follows passphrase changes, and needs an unlocked vault', async () => {
    const kdf = vi.fn<Kdf>(fastKdf);
    const { vault, dbName } = await newVault({ kdf });
    await expectVaultError(vault.verifyPassphrase('x'), 'locked');
    await vault.create('first');
    await vault.commit({ put: [{ table: 'records', record: makeRecord() }] });
    const disk = await rawDump(dbName);
    const memory = snapshot(vault);
    expect(await vault.verifyPassphrase('first')).toBe(true);
    expect(await vault.verifyPassphrase('First')).toBe(false);
    expect(vault.status).toBe('unlocked');
    expect(snapshot(vault)).toEqual(memory);
    expect(await rawDump(dbName)).toEqual(disk);
    await vault.changePassphrase('second');
    expect(await vault.verifyPassphrase('first')).toBe(false);
    expect(await vault.verifyPassphrase('second')).toBe(true);
    vault.lock();
    await expectVaultError(vault.verifyPassphrase('second'), 'locked');
  });

  it('never runs the KDF on parameters below the floor', async () => {
    const kdf = vi.fn<Kdf>(fastKdf);
    const { vault, dbName } = await newVault({ kdf });
    await vault.create('pass');
    const raw = await rawDexie(dbName);
    const header = (await raw.table('meta').get('header')) as { kdf: { iterations: number } };
    header.kdf.iterations = 1;
    await raw.table('meta').put(header);
    kdf.mockClear();
    expect(await vault.verifyPassphrase('pass')).toBe(false);
    expect(kdf).not.toHaveBeenCalled();
  });
});

describe('locking', () => {
  it('drops the working set and zeroes the data key it was using', async () => {
    const { vault } = await newVault({ kdf: fastKdf });
    await vault.create('pass');
    await vault.commit({ put: [{ table: 'records', record: makeRecord() }] });
    vault.lock();
    const lowlevel = (nacl as unknown as { lowlevel: { crypto_secretbox_open: (...args: Uint8Array[]) => number } }).lowlevel;
    const open = vi.spyOn(lowlevel, 'crypto_secretbox_open');
    await vault.unlock('pass');
    // Record decryption goes through crypto_secretbox_open, so its key argument is the live DEK itself.
    const dek = open.mock.calls.at(-1)?.[4];
    expect(dek).toBeInstanceOf(Uint8Array);
    expect(dek?.some((b) => b !== 0)).toBe(true);
    vault.lock();
    expect(dek?.every((b) => b === 0)).toBe(true);
    expect(vault.status).toBe('locked');
    expect(() => vault.get('records', 'x')).toThrowError(/locked/);
    await expectVaultError(vault.commit({ put: [{ table: 'records', record: makeRecord() }] }), 'locked');
  });

  it('wins over an unlock still deriving its key', async () => {
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inKdf = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let slow = false;
    const gatedKdf: Kdf = async (passphrase, params) => {
      if (slow) {
        entered();
        await gate;
      }
      return fastKdf(passphrase, params);
    };
    const { vault } = await newVault({ kdf: gatedKdf });
    await vault.create('pass');
    await vault.commit({ put: [{ table: 'records', record: makeRecord() }] });
    vault.lock();
    slow = true;
    const lowlevel = (nacl as unknown as { lowlevel: { crypto_secretbox_open: (...args: Uint8Array[]) => number } }).lowlevel;
    const open = vi.spyOn(lowlevel, 'crypto_secretbox_open');
    const pending = vault.unlock('pass');
    await inKdf;
    vault.lock();
    release();
    await expectVaultError(pending, 'locked');
    expect(vault.status).toBe('locked');
    // Whatever key the abandoned unlock recovered is not left behind.
    for (const call of open.mock.calls) expect(call[4]?.every((b) => b === 0)).toBe(true);
  });

  it('notifies subscribers on status changes and commits, until they unsubscribe', async () => {
    const { vault } = await newVault({ kdf: fastKdf });
    const seen: string[] = [];
    const unsubscribe = vault.subscribe(() => seen.push(vault.status));
    await vault.create('pass');
    await vault.commit({ put: [{ table: 'records', record: makeRecord() }] });
    vault.lock();
    vault.lock(); // already locked: no news
    await vault.unlock('pass');
    unsubscribe();
    vault.lock();
    expect(seen).toEqual(['unlocked', 'unlocked', 'locked', 'unlocked']);
  });
});

describe('erase', () => {
  it('deletes every row and header, leaving an empty vault that can be created again', async () => {
    const { vault, dbName } = await newVault({ kdf: fastKdf });
    await vault.create('pass');
    await vault.commit({ put: [{ table: 'records', record: makeRecord() }, { table: 'audit', record: makeRecord() }] });
    vault.lock();
    await vault.erase();
    expect(vault.status).toBe('empty');
    const dump = await rawDump(dbName);
    expect(Object.values(dump).every((rows) => rows.length === 0)).toBe(true);
    await expectVaultError(vault.unlock('pass'), 'vault-missing');
    await vault.create('other');
    expect(vault.all('records')).toEqual([]);
  });
});

describe('default parameters', () => {
  it('uses Argon2id at 64 MiB, t=3, p=1 when not told otherwise, and round-trips with it', async () => {
    expect(DEFAULT_KDF).toEqual({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    const dbName = `default-${crypto.randomUUID()}`;
    const vault = await openVault({ dbName });
    await vault.create('default cost passphrase');
    await vault.commit({ put: [{ table: 'records', record: makeRecord({ name: 'x' }) }] });
    const [header] = (await rawDump(dbName)).meta as { kdf: Record<string, unknown> }[];
    expect(header?.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect((header?.kdf.salt as Uint8Array).length).toBe(16);
    vault.lock();
    await vault.unlock('default cost passphrase');
    expect(vault.all('records')).toHaveLength(1);
  }, 60_000);
});
