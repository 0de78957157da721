import fc from 'fast-check';
import nacl from 'tweetnacl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kdf, StoredRecord, Vault } from '../../renderer/src/vault';
import { AT, decryptParts, flip, HEADER, rebuild, regionOf, reseal, type Region } from './backupTools';
import { expectVaultError, fastKdf, makeRecord, newVault, rawDump, snapshot } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

const BACKUP_PASS = 'backup passphrase';

async function sourceBackup(records: StoredRecord[] = [makeRecord({ name: 'r' })]): Promise<{ file: Uint8Array; recoveryKey: string; vault: Vault }> {
  const { vault } = await newVault({ kdf: fastKdf });
  const { recoveryKey } = await vault.create(BACKUP_PASS);
  if (records.length > 0) await vault.commit({ put: records.map((record) => ({ table: 'records' as const, record })) });
  return { file: await vault.exportBackup(), recoveryKey, vault };
}

/** A vault with its own data and passphrase, which a failed import must leave exactly as it was. */
async function bystander(kdf: Kdf = fastKdf) {
  const { vault, dbName } = await newVault({ kdf });
  await vault.create('bystander passphrase');
  await vault.commit({ put: [{ table: 'records', record: makeRecord({ name: 'precious' }) }, { table: 'audit', record: makeRecord() }] });
  const memory = snapshot(vault);
  const disk = await rawDump(dbName);
  const unchanged = async (status: 'locked' | 'unlocked' = 'unlocked'): Promise<void> => {
    expect(vault.status).toBe(status);
    if (status === 'unlocked') expect(snapshot(vault)).toEqual(memory);
    expect(await rawDump(dbName)).toEqual(disk);
  };
  return { vault, dbName, unchanged };
}

async function importError(vault: Vault, bytes: Uint8Array, passphrase = BACKUP_PASS): Promise<string> {
  try {
    await vault.importBackup(bytes, passphrase);
  } catch (error) {
    const e = error as { name?: string; code?: string };
    if (e.name !== 'VaultError' || e.code === undefined) throw error;
    return e.code;
  }
  throw new Error('import unexpectedly succeeded');
}

const normalise = (r: StoredRecord): StoredRecord => JSON.parse(JSON.stringify(r)) as StoredRecord;

describe('backup round trip', () => {
  const isoDate = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
  const record = fc
    .record({
      id: fc.uuid(),
      kind: fc.string({ minLength: 1, maxLength: 12 }),
      updatedAt: isoDate,
      parentId: fc.option(fc.uuid(), { nil: undefined }),
      payload: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
    })
    .map(({ payload, parentId, ...base }) => ({ ...payload, ...base, ...(parentId === undefined ? {} : { parentId }) }) as StoredRecord);
  const table = fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 8 });

  it('gives back identical data for any records in any table', async () => {
    await fc.assert(
      fc.asyncProperty(table, table, table, async (records, audit, attachments) => {
        const { vault: source } = await newVault({ kdf: fastKdf });
        await source.create(BACKUP_PASS);
        await source.commit({
          put: [
            ...records.map((r) => ({ table: 'records' as const, record: r })),
            ...audit.map((r) => ({ table: 'audit' as const, record: r })),
            ...attachments.map((r) => ({ table: 'attachments' as const, record: r })),
          ],
        });
        const file = await source.exportBackup();
        const { vault: target } = await newVault({ kdf: fastKdf });
        await target.importBackup(file, BACKUP_PASS);
        const sort = (rs: StoredRecord[]) => [...rs].map(normalise).sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(snapshot(target)).toEqual({ records: sort(records), audit: sort(audit), attachments: sort(attachments) });
        // And it was written to disk, not just kept in memory.
        target.lock();
        await target.unlock(BACKUP_PASS);
        expect(snapshot(target)).toEqual(snapshot(source));
      }),
      { numRuns: 25 },
    );
  });
});

describe('importing', () => {
  it('restores into an empty vault, which then opens with the backup passphrase and recovery key', async () => {
    const records = [makeRecord({ name: 'one' }), makeRecord({ name: 'two' })];
    const { file, recoveryKey } = await sourceBackup(records);
    const { vault } = await newVault({ kdf: fastKdf });
    expect(vault.status).toBe('empty');
    await vault.importBackup(file, BACKUP_PASS);
    expect(vault.status).toBe('unlocked');
    expect(vault.mustChangePassphrase).toBe(false);
    expect(snapshot(vault).records).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    vault.lock();
    await vault.unlockWithRecoveryKey(recoveryKey);
    vault.lock();
    await vault.unlock(BACKUP_PASS);
  });

  it('replaces every table and the passphrase of an existing vault, locked or unlocked', async () => {
    const { file } = await sourceBackup([makeRecord({ name: 'from backup' })]);
    for (const locked of [false, true]) {
      const { vault } = await bystander();
      if (locked) vault.lock();
      await vault.importBackup(file, BACKUP_PASS);
      expect(vault.status).toBe('unlocked');
      expect(vault.all('records').map((r) => r.name)).toEqual(['from backup']);
      expect(vault.all('audit')).toEqual([]);
      vault.lock();
      await expectVaultError(vault.unlock('bystander passphrase'), 'wrong-passphrase');
      await vault.unlock(BACKUP_PASS);
    }
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const { file } = await sourceBackup();
    const { vault, unchanged } = await bystander();
    expect(await importError(vault, file, 'bystander passphrase')).toBe('backup-wrong-passphrase');
    await unchanged();
    vault.lock();
    expect(await importError(vault, file, 'nope')).toBe('backup-wrong-passphrase');
    await unchanged('locked');
  });

  it('changes nothing when the database refuses the write', async () => {
    const { file } = await sourceBackup([makeRecord(), makeRecord()]);
    const { vault, unchanged } = await bystander();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 3) throw new DOMException('Simulated quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await importError(vault, file)).toBe('storage-failed');
    vi.restoreAllMocks();
    await unchanged();
    // The old key is still the live one: writing and reopening with the old passphrase work.
    await vault.commit({ put: [{ table: 'records', record: makeRecord() }] });
    vault.lock();
    await vault.unlock('bystander passphrase');
    expect(vault.all('records')).toHaveLength(2);
  });
});

describe('damaged, truncated and foreign files', () => {
  it('reports empty and foreign files as backup-foreign', async () => {
    const { vault, unchanged } = await bystander();
    const text = (s: string) => new TextEncoder().encode(s);
    for (const bytes of [new Uint8Array(0), text('PK\u0003\u0004zip'), text('{"records":[]}'), text('%PDF-1.7\n'), text('LIFEBOAX........')]) {
      expect(await importError(vault, bytes)).toBe('backup-foreign');
    }
    expect(await importError(vault, 'LIFEBOAT' as unknown as Uint8Array)).toBe('backup-foreign');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 8, maxLength: 600 }).filter((b) => new TextDecoder().decode(b.slice(0, 8)) !== 'LIFEBOAT'), async (bytes) => {
        expect(await importError(vault, bytes)).toBe('backup-foreign');
      }),
      { numRuns: 50 },
    );
    await unchanged();
  });

  it('reports every truncation and any trailing bytes as backup-damaged', async () => {
    const { file } = await sourceBackup();
    const { vault, unchanged } = await bystander();
    for (let length = 1; length < file.length; length++) {
      expect(await importError(vault, file.slice(0, length))).toBe('backup-damaged');
    }
    expect(await importError(vault, new Uint8Array([...file, 0]))).toBe('backup-damaged');
    expect(await importError(vault, new Uint8Array([...file, ...file]))).toBe('backup-damaged');
    await unchanged();
  });

  it('reports a newer format version as backup-unsupported-version, checked or not', async () => {
    const { file } = await sourceBackup();
    const { vault, unchanged } = await bystander();
    for (const version of [2, 255, 0x0100]) {
      const newer = new Uint8Array(file);
      new DataView(newer.buffer).setUint16(8, version);
      expect(await importError(vault, newer)).toBe('backup-unsupported-version');
      expect(await importError(vault, reseal(newer))).toBe('backup-unsupported-version');
    }
    const zero = new Uint8Array(file);
    zero[9] = 0;
    expect(await importError(vault, reseal(zero))).toBe('backup-damaged');
    await unchanged();
  });

  it('refuses KDF parameters below the floor before running the KDF', async () => {
    const { file } = await sourceBackup();
    const kdf = vi.fn<Kdf>(fastKdf);
    const { vault, unchanged } = await bystander(kdf);
    kdf.mockClear();
    for (const [at, value] of [[AT.memoryKiB[0], 19455], [AT.iterations[0], 1], [AT.memoryKiB[0], 1024]] as const) {
      const weak = new Uint8Array(file);
      new DataView(weak.buffer).setUint32(at, value);
      expect(await importError(vault, reseal(weak))).toBe('kdf-below-floor');
    }
    expect(kdf).not.toHaveBeenCalled();
    await unchanged();
  });

  /** What each region of the file yields when one of its bytes changes. */
  function expectedCodes(region: Region, resealed: boolean): string[] {
    if (region === 'magic') return ['backup-foreign'];
    if (region === 'version') return ['backup-unsupported-version', 'backup-damaged'];
    if (!resealed) return ['backup-damaged'];
    switch (region) {
      case 'memoryKiB':
      case 'iterations':
      case 'parallelism':
        return ['backup-damaged', 'kdf-below-floor', 'backup-wrong-passphrase'];
      case 'salt':
      case 'passphraseNonce':
      case 'passphraseBox':
        return ['backup-wrong-passphrase'];
      default:
        return ['backup-damaged'];
    }
  }

  it('detects every flipped byte of a small file, with and without a recomputed checksum, and changes nothing', async () => {
    const { file } = await sourceBackup([makeRecord({ n: 1 })]);
    expect(file.length).toBeLessThan(700);
    const { vault, unchanged } = await bystander();
    const seen = new Set<string>();
    for (let position = 0; position < file.length; position++) {
      const region = regionOf(file, position);
      const plain = flip(file, position);
      const code = await importError(vault, plain);
      expect(expectedCodes(region, false), `byte ${position} (${region})`).toContain(code);
      if (region !== 'checksum') {
        // A deliberate attacker recomputes the checksum; the MACs and the header hash must still catch it.
        const resealedCode = await importError(vault, reseal(plain));
        expect(expectedCodes(region, true), `resealed byte ${position} (${region})`).toContain(resealedCode);
        seen.add(`${region}:${resealedCode}`);
      }
      if (position % 50 === 0) await unchanged();
    }
    await unchanged();
    // Each layer was reached at least once, so the sweep exercised more than the checksum.
    expect(seen).toContain('recoveryBox:backup-damaged');
    expect(seen).toContain('payloadBox:backup-damaged');
    expect(seen).toContain('salt:backup-wrong-passphrase');
    expect(seen).toContain('memoryKiB:backup-wrong-passphrase');
    expect(seen).toContain('parallelism:backup-damaged');
  });

  it('detects flips at random positions of a larger file (property)', async () => {
    const { file } = await sourceBackup(Array.from({ length: 40 }, (_, i) => makeRecord({ i, text: 'x'.repeat(i * 7) })));
    const { vault, unchanged } = await bystander();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: file.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean(), async (position, mask, resealed) => {
        const region = regionOf(file, position);
        fc.pre(!(resealed && region === 'checksum'));
        const bytes = flip(file, position, mask);
        const code = await importError(vault, resealed ? reseal(bytes) : bytes);
        expect(expectedCodes(region, resealed)).toContain(code);
      }),
      { numRuns: 300 },
    );
    await unchanged();
  });

  it('authenticates the header: a recovery wrap swapped in from another backup is refused', async () => {
    const { file } = await sourceBackup();
    const { file: other } = await sourceBackup();
    const spliced = new Uint8Array(file);
    spliced.set(other.slice(AT.recoveryNonce[0], AT.recoveryBox[1]), AT.recoveryNonce[0]);
    const { vault, unchanged } = await bystander();
    expect(await importError(vault, reseal(spliced))).toBe('backup-damaged');
    // Cutting a block out of the encrypted payload (and fixing the length) is refused as well.
    const length = new DataView(file.buffer, file.byteOffset).getUint32(AT.payloadLength[0]);
    const cut = new Uint8Array([...file.slice(0, HEADER + 32), ...file.slice(HEADER + 48)]);
    new DataView(cut.buffer).setUint32(AT.payloadLength[0], length - 16);
    expect(await importError(vault, reseal(cut))).toBe('backup-damaged');
    await unchanged();
  });

  it('checks the payload behind the MAC: header hash, canonical form, order, uniqueness and record shape', async () => {
    const a = makeRecord({ name: 'a' });
    const b = makeRecord({ name: 'b', parentId: a.id });
    const { file } = await sourceBackup([a, b]);
    const { dek, json } = await decryptParts(file, BACKUP_PASS);
    const { vault, unchanged } = await bystander();

    // Control: the helper's own rebuild of the untouched payload is accepted by a fresh vault.
    const control = await newVault({ kdf: fastKdf });
    await control.vault.importBackup(rebuild(file, dek, json), BACKUP_PASS);
    expect(control.vault.all('records')).toHaveLength(2);

    const parsed = JSON.parse(json) as { records: StoredRecord[] };
    const [first, second] = parsed.records as [StoredRecord, StoredRecord];
    const variants: [string, Uint8Array][] = [
      ['header hash', rebuild(file, dek, json, { headerHash: new Uint8Array(64) })],
      ['whitespace', rebuild(file, dek, json.replace('{"attachments"', '{ "attachments"'))],
      ['key order', rebuild(file, dek, JSON.stringify({ records: parsed.records, audit: [], attachments: [] }))],
      ['record order', rebuild(file, dek, JSON.stringify({ attachments: [], audit: [], records: [second, first] }))],
      ['duplicate', rebuild(file, dek, json.replace(/\]\}$/, `,${JSON.stringify(second)}]}`))],
      ['extra table', rebuild(file, dek, json.replace(/\}$/, ',"secrets":[]}'))],
      ['missing table', rebuild(file, dek, json.replace('{"attachments":[],', '{'))],
      ['bad record', rebuild(file, dek, json.replace(first.id, 'not-a-uuid'))],
      ['not JSON', rebuild(file, dek, json.slice(0, -1))],
      ['BOM', rebuild(file, dek, `\uFEFF${json}`)],
      ['trailing text', rebuild(file, dek, `${json} `)],
    ];
    for (const [name, bytes] of variants) {
      expect(await importError(vault, bytes), name).toBe('backup-damaged');
    }
    await unchanged();
  });

  it('refuses a file encrypted under a different data key than its wraps', async () => {
    const { file } = await sourceBackup();
    const { file: other } = await sourceBackup();
    const { json } = await decryptParts(file, BACKUP_PASS);
    const { dek: otherDek } = await decryptParts(other, BACKUP_PASS);
    const { vault, unchanged } = await bystander();
    expect(await importError(vault, rebuild(file, otherDek, json))).toBe('backup-damaged');
    expect(nacl.verify(otherDek, (await decryptParts(file, BACKUP_PASS)).dek)).toBe(false);
    await unchanged();
  });
});
