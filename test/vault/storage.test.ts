import type Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kdf, StoredRecord, Vault } from '../../renderer/src/vault';
import { expectVaultError, fastKdf, makeRecord, newVault, rawDexie, rawDump } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

const ENCRYPTED = ['records', 'audit', 'attachments'] as const;
const ALLOWED = ['ct', 'id', 'kind', 'nonce', 'parentId', 'updatedAt'];

function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
}

/** Every string and every byte array in a value, flattened to one searchable text. */
function flatten(value: unknown): string {
  if (value instanceof Uint8Array) return `${latin1(value)}\n${new TextDecoder().decode(value)}`;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => `${k}\n${flatten(v)}`).join('\n');
  }
  return '';
}

describe('what reaches IndexedDB', () => {
  it('holds only the allowed clear fields, a 24-byte nonce and ciphertext; no typed text and no secrets', async () => {
    const { vault, dbName } = await newVault();
    const passphrase = 'Quartz-Lantern-Ferry-42';
    const { recoveryKey } = await vault.create(passphrase);
    const secrets = ['Zebra-Payroll-Ünïcode-🚀', 'ceo.private@example.com', '+44 7700 900123', 'psql -h prod-db-7'];
    const parent = makeRecord({ kind: 'process', name: secrets[0], owner: { email: secrets[1] } });
    const child = makeRecord({ kind: 'contact', parentId: parent.id, phones: [secrets[2]] });
    const audit = makeRecord({ kind: 'audit-event', summary: `Ran ${secrets[3]}` });
    const attachment = makeRecord({ kind: 'attachment', name: secrets[0], data: 'U2VjcmV0IGV2aWRlbmNl' });
    await vault.commit({
      put: [
        { table: 'records', record: parent },
        { table: 'records', record: child },
        { table: 'audit', record: audit },
        { table: 'attachments', record: attachment },
      ],
    });

    const dump = await rawDump(dbName);
    expect(Object.keys(dump).sort()).toEqual(['attachments', 'audit', 'meta', 'records']);
    let rows = 0;
    for (const table of ENCRYPTED) {
      for (const row of dump[table] as Record<string, unknown>[]) {
        rows++;
        expect(Object.keys(row).every((k) => ALLOWED.includes(k))).toBe(true);
        expect(row.nonce).toBeInstanceOf(Uint8Array);
        expect((row.nonce as Uint8Array).length).toBe(24);
        expect(row.ct).toBeInstanceOf(Uint8Array);
        expect(typeof row.id).toBe('string');
        expect(typeof row.kind).toBe('string');
        expect(typeof row.updatedAt).toBe('string');
      }
    }
    expect(rows).toBe(4);
    expect((dump.records as { id: string; parentId?: string }[]).find((r) => r.id === child.id)?.parentId).toBe(parent.id);

    const [header] = dump.meta as Record<string, unknown>[];
    expect(Object.keys(header ?? {}).sort()).toEqual(['format', 'id', 'kdf', 'passphraseWrap', 'recoveryWrap']);

    const everything = flatten(dump);
    const forbidden = [...secrets, 'U2VjcmV0IGV2aWRlbmNl', 'Secret evidence', passphrase, recoveryKey, recoveryKey.replace(/-/g, ''), '"name"', 'owner'];
    for (const text of forbidden) expect(everything.includes(text), text).toBe(false);
    // The flattening must be able to see plaintext at all, or the check above proves nothing.
    expect(everything.includes(parent.id)).toBe(true);
  });

  it('uses a fresh nonce for every write, even of identical content', async () => {
    const { vault, dbName } = await newVault({ kdf: fastKdf });
    await vault.create('pass');
    const record = makeRecord({ name: 'same' });
    await vault.commit({ put: [{ table: 'records', record }] });
    const first = (await rawDump(dbName)).records?.[0] as { nonce: Uint8Array; ct: Uint8Array };
    await vault.commit({ put: [{ table: 'records', record }] });
    const second = (await rawDump(dbName)).records?.[0] as { nonce: Uint8Array; ct: Uint8Array };
    expect(second.nonce).not.toEqual(first.nonce);
    expect(second.ct).not.toEqual(first.ct);
    expect(second.ct.length).toBe(first.ct.length);
  });
});

interface Fixture {
  vault: Vault;
  raw: Dexie;
  withParent: StoredRecord;
  orphan: StoredRecord;
}

async function lockedFixture(kdf: Kdf = fastKdf): Promise<Fixture> {
  const { vault, dbName } = await newVault({ kdf });
  await vault.create('pass');
  const orphan = makeRecord({ kind: 'process', name: 'A' });
  const withParent = makeRecord({ kind: 'step', parentId: orphan.id, n: 1 });
  await vault.commit({ put: [{ table: 'records', record: withParent }, { table: 'records', record: orphan }] });
  vault.lock();
  return { vault, raw: await rawDexie(dbName), withParent, orphan };
}

/** Replace one stored row (possibly under another key), run `check`, then put the original back. */
async function withTamperedRow(
  raw: Dexie,
  table: string,
  id: string,
  change: (row: Record<string, unknown>) => Record<string, unknown>,
  check: () => Promise<void>,
): Promise<void> {
  const original = (await raw.table(table).get(id)) as Record<string, unknown>;
  const tampered = change(structuredClone(original));
  await raw.transaction('rw', raw.table(table), async () => {
    await raw.table(table).delete(id);
    await raw.table(table).put(tampered);
  });
  try {
    await check();
  } finally {
    await raw.transaction('rw', raw.table(table), async () => {
      await raw.table(table).delete(tampered.id as string);
      await raw.table(table).put(original);
    });
  }
}

function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] as number) ^ (1 << index % 8);
  return copy;
}

function changeChar(text: string, index: number): string {
  const code = text.charCodeAt(index);
  return text.slice(0, index) + String.fromCharCode(code ^ 1) + text.slice(index + 1);
}

describe('tampering with stored rows', () => {
  async function expectDamaged(vault: Vault, recordId: string): Promise<void> {
    const error = await expectVaultError(vault.unlock('pass'), 'record-damaged');
    expect(error.recordId).toBe(recordId);
    expect(vault.status).toBe('locked');
  }

  it('detects every flipped byte of the nonce and the ciphertext at unlock', async () => {
    const { vault, raw, withParent } = await lockedFixture();
    const row = (await raw.table('records').get(withParent.id)) as { nonce: Uint8Array; ct: Uint8Array };
    let checked = 0;
    for (const field of ['nonce', 'ct'] as const) {
      for (let i = 0; i < row[field].length; i++) {
        await withTamperedRow(raw, 'records', withParent.id, (r) => ({ ...r, [field]: flipByte(r[field] as Uint8Array, i) }), () =>
          expectDamaged(vault, withParent.id),
        );
        checked++;
      }
    }
    expect(checked).toBe(24 + row.ct.length);
    // Control: the restored database unlocks, so the failures above came from the flips.
    await vault.unlock('pass');
    expect(vault.get('records', withParent.id)).toEqual(withParent);
  });

  it('detects every changed character of every clear field, including the id (row moved)', async () => {
    const { vault, raw, withParent } = await lockedFixture();
    for (const field of ['id', 'kind', 'updatedAt', 'parentId'] as const) {
      const value = withParent[field] as string;
      for (let i = 0; i < value.length; i++) {
        const changed = changeChar(value, i);
        await withTamperedRow(raw, 'records', withParent.id, (r) => ({ ...r, [field]: changed }), () =>
          expectDamaged(vault, field === 'id' ? changed : withParent.id),
        );
      }
    }
    await vault.unlock('pass');
  });

  it('detects added, removed and unexpected fields and malformed shapes', async () => {
    const { vault, raw, withParent, orphan } = await lockedFixture();
    const cases: [string, (r: Record<string, unknown>) => Record<string, unknown>][] = [
      [withParent.id, ({ parentId: _p, ...r }) => r],
      [orphan.id, (r) => ({ ...r, parentId: withParent.id })],
      [orphan.id, (r) => ({ ...r, name: 'A' })],
      [orphan.id, ({ ct: _ct, ...r }) => r],
      [orphan.id, (r) => ({ ...r, nonce: (r.nonce as Uint8Array).slice(0, 23) })],
      [orphan.id, (r) => ({ ...r, ct: (r.ct as Uint8Array).slice(0, 15) })],
      [orphan.id, (r) => ({ ...r, ct: Array.from(r.ct as Uint8Array) })],
      [orphan.id, (r) => ({ ...r, kind: 7 })],
    ];
    for (const [id, change] of cases) {
      await withTamperedRow(raw, 'records', id, change, () => expectDamaged(vault, id));
    }
    await vault.unlock('pass');
  });

  it("rejects one row's ciphertext copied into another row, and a row moved to another table", async () => {
    const { vault, raw, withParent, orphan } = await lockedFixture();
    const source = (await raw.table('records').get(orphan.id)) as Record<string, unknown>;
    // Same clear fields as the target, the source's sealed content.
    await withTamperedRow(raw, 'records', withParent.id, (r) => ({ ...r, nonce: source.nonce, ct: source.ct }), () =>
      expectDamaged(vault, withParent.id),
    );
    // The whole source row, clear fields included, under the target's id.
    await withTamperedRow(raw, 'records', withParent.id, () => ({ ...source, id: withParent.id }), () =>
      expectDamaged(vault, withParent.id),
    );
    // Moved to the audit table unchanged.
    await raw.table('audit').put(source);
    await raw.table('records').delete(orphan.id);
    await expectDamaged(vault, orphan.id);
    await raw.table('audit').delete(orphan.id);
    await raw.table('records').put(source);
    await vault.unlock('pass');
  });

  it('never skips a damaged row: one bad row among many fails the whole unlock', async () => {
    const { vault, dbName } = await newVault({ kdf: fastKdf });
    await vault.create('pass');
    const records = Array.from({ length: 50 }, (_, i) => makeRecord({ i }));
    await vault.commit({ put: records.map((record) => ({ table: 'records' as const, record })) });
    vault.lock();
    const raw = await rawDexie(dbName);
    const victim = records[37] as StoredRecord;
    await withTamperedRow(raw, 'records', victim.id, (r) => ({ ...r, ct: flipByte(r.ct as Uint8Array, 40) }), () =>
      expectDamaged(vault, victim.id),
    );
  });

  it('fails unlock on a damaged pack of the audit trail, naming the pack', async () => {
    const { vault, dbName } = await newVault({ kdf: fastKdf });
    await vault.create('pass');
    const events = Array.from({ length: 150 }, (_, i) => makeRecord({ kind: 'audit-event', seq: i + 1 }));
    await vault.commit({ put: events.map((record) => ({ table: 'audit' as const, record })) });
    vault.lock();
    const raw = await rawDexie(dbName);
    const packs = (await raw.table('audit').toArray()) as Array<{ id: string }>;
    expect(packs).toHaveLength(2);
    const second = packs[1]!.id;
    await withTamperedRow(raw, 'audit', second, (r) => ({ ...r, ct: flipByte(r.ct as Uint8Array, 100) }), () => expectDamaged(vault, second));
    // Put back, the whole trail opens again.
    await vault.unlock('pass');
    expect(vault.all('audit')).toHaveLength(150);
  });
});

describe('the vault header', () => {
  async function lockedWithSpy(): Promise<{ vault: Vault; raw: Dexie; kdf: ReturnType<typeof vi.fn<Kdf>> }> {
    const kdf = vi.fn<Kdf>(fastKdf);
    const { vault, dbName } = await newVault({ kdf });
    await vault.create('pass');
    vault.lock();
    kdf.mockClear();
    return { vault, raw: await rawDexie(dbName), kdf };
  }

  async function editHeader(raw: Dexie, edit: (header: Record<string, Record<string, unknown>>) => void): Promise<void> {
    const header = (await raw.table('meta').get('header')) as Record<string, Record<string, unknown>>;
    edit(header);
    await raw.table('meta').put(header);
  }

  it('refuses KDF parameters below the floor without running the KDF (downgrade)', async () => {
    for (const [field, value] of [['memoryKiB', 19455], ['iterations', 1], ['memoryKiB', 0]] as const) {
      const { vault, raw, kdf } = await lockedWithSpy();
      await editHeader(raw, (h) => {
        (h.kdf as Record<string, unknown>)[field] = value;
      });
      await expectVaultError(vault.unlock('pass'), 'kdf-below-floor');
      expect(kdf).not.toHaveBeenCalled();
      expect(vault.status).toBe('locked');
    }
  });

  it('accepts exactly the floor', async () => {
    const { vault, raw, kdf } = await lockedWithSpy();
    const header = (await raw.table('meta').get('header')) as { kdf: { memoryKiB: number; iterations: number } };
    expect(header.kdf).toMatchObject({ memoryKiB: 19456, iterations: 2 });
    await vault.unlock('pass');
    expect(kdf).toHaveBeenCalledTimes(1);
  });

  it('reports a malformed header as record-damaged, and absurd costs without running them', async () => {
    const edits: ((h: Record<string, Record<string, unknown>>) => void)[] = [
      (h) => {
        (h as Record<string, unknown>).format = 2;
      },
      (h) => {
        (h.kdf as Record<string, unknown>).salt = new Uint8Array(8);
      },
      (h) => {
        (h.passphraseWrap as Record<string, unknown>).box = new Uint8Array(47);
      },
      (h) => {
        (h.kdf as Record<string, unknown>).memoryKiB = 4_000_000;
      },
      (h) => {
        (h.kdf as Record<string, unknown>).algorithm = 'scrypt';
      },
    ];
    for (const edit of edits) {
      const { vault, raw, kdf } = await lockedWithSpy();
      await editHeader(raw, edit);
      const error = await expectVaultError(vault.unlock('pass'), 'record-damaged');
      expect(error.recordId).toBe('header');
      expect(kdf).not.toHaveBeenCalled();
    }
  });

  it('treats a damaged passphrase wrap like a wrong passphrase, while the recovery key still opens the vault', async () => {
    const kdf = vi.fn<Kdf>(fastKdf);
    const { vault, dbName } = await newVault({ kdf });
    const { recoveryKey } = await vault.create('pass');
    vault.lock();
    const raw = await rawDexie(dbName);
    const header = (await raw.table('meta').get('header')) as { passphraseWrap: { box: Uint8Array } };
    header.passphraseWrap.box = flipByte(header.passphraseWrap.box, 3);
    await raw.table('meta').put(header);
    await expectVaultError(vault.unlock('pass'), 'wrong-passphrase');
    await vault.unlockWithRecoveryKey(recoveryKey);
    expect(vault.mustChangePassphrase).toBe(true);
  });
});
