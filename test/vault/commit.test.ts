import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredRecord, VaultChange } from '../../renderer/src/vault';
import { expectVaultError, fastKdf, makeRecord, newVault, rawDump, snapshot } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

async function unlockedVault() {
  const { vault, dbName } = await newVault({ kdf: fastKdf });
  await vault.create('pass');
  return { vault, dbName };
}

/** Make IndexedDB refuse one particular row, as a full disk or a clone error would. */
function failWritesOf(id: string, method: 'put' | 'delete' = 'put') {
  const original = IDBObjectStore.prototype[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
    const target = method === 'put' ? (args[0] as { id?: unknown }).id : args[0];
    if (target === id) throw new DOMException('Simulated quota exceeded', 'QuotaExceededError');
    return original.apply(this, args);
  });
}

describe('commit', () => {
  it('applies puts and deletes across tables, persists them, and updates the working set', async () => {
    const { vault } = await unlockedVault();
    const a = makeRecord({ name: 'a' });
    const b = makeRecord({ kind: 'audit-event', name: 'b' });
    const c = makeRecord({ kind: 'attachment', parentId: a.id, data: 'AAEC' });
    await vault.commit({ put: [{ table: 'records', record: a }, { table: 'audit', record: b }, { table: 'attachments', record: c }] });
    const a2 = { ...a, name: 'a2' };
    await vault.commit({ put: [{ table: 'records', record: a2 }], delete: [{ table: 'attachments', id: c.id }] });
    expect(snapshot(vault)).toEqual({ records: [a2], audit: [b], attachments: [] });
    vault.lock();
    await vault.unlock('pass');
    expect(snapshot(vault)).toEqual({ records: [a2], audit: [b], attachments: [] });
  });

  it('is all or nothing: a failing write leaves disk, working set and subscribers untouched', async () => {
    const { vault, dbName } = await unlockedVault();
    const keep = makeRecord({ name: 'keep' });
    await vault.commit({ put: [{ table: 'records', record: keep }, { table: 'audit', record: makeRecord() }] });
    const disk = await rawDump(dbName);
    const memory = snapshot(vault);
    const listener = vi.fn();
    vault.subscribe(listener);

    const bad = makeRecord({ name: 'refused by the disk' });
    const attempts: [() => { mockRestore(): void }, VaultChange][] = [
      // Fails in the last table written, after other tables' puts already succeeded inside the transaction.
      [() => failWritesOf(bad.id), {
        put: [
          { table: 'records', record: makeRecord({ name: 'new' }) },
          { table: 'audit', record: makeRecord() },
          { table: 'records', record: { ...keep, name: 'changed' } },
          { table: 'records', record: bad },
        ],
        delete: [{ table: 'audit', id: (memory.audit?.[0] as StoredRecord).id }],
      }],
      // Fails on a delete, after all puts.
      [() => failWritesOf(keep.id, 'delete'), {
        put: [{ table: 'attachments', record: makeRecord() }],
        delete: [{ table: 'records', id: keep.id }],
      }],
    ];
    for (const [inject, change] of attempts) {
      const spy = inject();
      await expectVaultError(vault.commit(change), 'storage-failed');
      spy.mockRestore();
      expect(await rawDump(dbName)).toEqual(disk);
      expect(snapshot(vault)).toEqual(memory);
      expect(listener).not.toHaveBeenCalled();
    }

    // The vault is still usable, and the same commit now succeeds.
    await vault.commit({ put: [{ table: 'records', record: bad }] });
    expect(vault.get('records', bad.id)).toEqual(bad);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses invalid records before writing anything', async () => {
    const { vault, dbName } = await unlockedVault();
    const disk = await rawDump(dbName);
    const good = makeRecord();
    const invalid: unknown[] = [
      { ...makeRecord(), id: 'not-a-uuid' },
      { ...makeRecord(), kind: '' },
      { ...makeRecord(), updatedAt: 'yesterday' },
      { ...makeRecord(), parentId: 42 },
      { ...makeRecord(), when: new Date() },
      { ...makeRecord(), ratio: Number.NaN },
      { ...makeRecord(), list: [1, undefined] },
    ];
    for (const record of invalid) {
      await expect(
        vault.commit({ put: [{ table: 'records', record: good }, { table: 'records', record: record as StoredRecord }] }),
      ).rejects.toThrowError(TypeError);
    }
    await expect(vault.commit({ put: [{ table: 'nope' as 'records', record: good }] })).rejects.toThrowError(TypeError);
    expect(await rawDump(dbName)).toEqual(disk);
    expect(vault.all('records')).toEqual([]);
  });

  it('keeps in memory exactly what a later unlock will decrypt, frozen against accidental edits', async () => {
    const { vault } = await unlockedVault();
    const record = { ...makeRecord({ nested: { b: 1, a: [true, null] } }), parentId: undefined, dropped: undefined };
    await vault.commit({ put: [{ table: 'records', record }] });
    const stored = vault.get('records', record.id) as StoredRecord;
    expect(Object.keys(stored)).not.toContain('parentId');
    expect(Object.keys(stored)).not.toContain('dropped');
    expect(() => {
      (stored as Record<string, unknown>).kind = 'changed';
    }).toThrowError(TypeError);
    expect(() => {
      ((stored.nested as { a: unknown[] }).a).push(1);
    }).toThrowError(TypeError);
    // The input object stays the caller's own and unfrozen.
    expect(Object.isFrozen(record)).toBe(false);
    const list = vault.all('records');
    list.sort();
    expect(vault.all('records')).not.toBe(list);

    const inMemory = snapshot(vault);
    vault.lock();
    await vault.unlock('pass');
    expect(snapshot(vault)).toEqual(inMemory);
  });

  it('runs commits one after another in call order', async () => {
    const { vault } = await unlockedVault();
    const record = makeRecord({ n: 0 });
    await Promise.all(
      Array.from({ length: 10 }, (_, n) => vault.commit({ put: [{ table: 'records', record: { ...record, n } }] })),
    );
    expect(vault.get('records', record.id)?.n).toBe(9);
    vault.lock();
    await vault.unlock('pass');
    expect(vault.get('records', record.id)?.n).toBe(9);
  });
});
