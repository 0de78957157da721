import { describe, expect, it } from 'vitest';
import { openBackup } from '../../renderer/src/vault/backup';
import { PACK_KIND, PACK_SIZE, PackIndex } from '../../renderer/src/vault/packs';
import { sealRecord } from '../../renderer/src/vault/recordCipher';
import type { StoredRecord } from '../../renderer/src/vault';
import { fastKdf, makeRecord, newVault, rawDexie, rawDump } from './helpers';

const event = (seq: number, extra: Record<string, unknown> = {}) => makeRecord({ kind: 'audit-event', seq, ...extra });

/** Applies a plan to a plain map standing for the stored rows, as the vault's transaction does. */
function store(rows: Map<string, StoredRecord>, index: PackIndex, puts: StoredRecord[], deletes: string[] = [], records = new Map<string, StoredRecord>()) {
  for (const r of puts) records.set(r.id, r);
  const plan = index.plan(puts, deletes, (id) => records.get(id));
  for (const id of deletes) records.delete(id);
  for (const row of plan.put) rows.set(row.id, row);
  for (const id of plan.delete) rows.delete(id);
  plan.apply();
  return { plan, records };
}

describe('PackIndex', () => {
  it('packs records PACK_SIZE to a row, in the order written', () => {
    const rows = new Map<string, StoredRecord>();
    const index = new PackIndex();
    const events = Array.from({ length: PACK_SIZE * 2 + 5 }, (_, i) => event(i + 1));
    store(rows, index, events);
    const packs = [...rows.values()] as Array<StoredRecord & { records: StoredRecord[] }>;
    expect(packs.map((p) => p.records.length)).toEqual([PACK_SIZE, PACK_SIZE, 5]);
    expect(packs.every((p) => p.kind === PACK_KIND)).toBe(true);
    expect(packs.flatMap((p) => p.records)).toEqual(events);
  });

  it('rewrites only the newest pack when one more record is appended', () => {
    const rows = new Map<string, StoredRecord>();
    const index = new PackIndex();
    const { records } = store(rows, index, Array.from({ length: PACK_SIZE + 3 }, (_, i) => event(i + 1)));
    const { plan } = store(rows, index, [event(PACK_SIZE + 4)], [], records);
    expect(plan.put.map((p) => p.id)).toEqual([[...rows.keys()][1]]);
    expect(plan.delete).toEqual([]);
  });

  it('moves a changed record out of a full pack into the newest one, and empties packs it deletes from', () => {
    const rows = new Map<string, StoredRecord>();
    const index = new PackIndex();
    const events = Array.from({ length: PACK_SIZE + 1 }, (_, i) => event(i + 1));
    const { records } = store(rows, index, events);
    const [first, second] = [...rows.keys()];
    const changed = { ...events[0]!, note: 'changed' };
    const { plan } = store(rows, index, [changed], [], records);
    expect(plan.put.map((p) => p.id).sort()).toEqual([first, second].sort());
    const unpacked = PackIndex.unpack([...rows.values()]).records;
    expect(unpacked).toHaveLength(PACK_SIZE + 1);
    expect(unpacked.find((r) => r.id === changed.id)).toEqual(changed);

    const { plan: removal } = store(rows, index, [], [events[PACK_SIZE]!.id, changed.id], records);
    expect(removal.delete).toEqual([second]);
    expect(PackIndex.unpack([...rows.values()]).records).toHaveLength(PACK_SIZE - 1);
  });

  it('reads rows stored a record each, and packs such a record when it is written again', () => {
    const legacy = event(1);
    const { records, index } = PackIndex.unpack([legacy]);
    expect(records).toEqual([legacy]);
    const plan = index.plan([{ ...legacy, note: 'again' }], [], (id) => (id === legacy.id ? { ...legacy, note: 'again' } : undefined));
    expect(plan.delete).toEqual([legacy.id]);
    expect(plan.put).toHaveLength(1);
  });

  it('refuses record ids that look like packs, and packs whose contents are not records', () => {
    expect(() => new PackIndex().plan([makeRecord({ id: 'vault-pack-0000000001' })], [], () => undefined)).toThrow(TypeError);
    for (const records of [[], 'x', [{ id: 1 }], [{ id: 'a', kind: 'k' }], Array.from({ length: PACK_SIZE + 1 }, (_, i) => event(i))]) {
      expect(() => PackIndex.unpack([{ id: 'vault-pack-0000000001', kind: PACK_KIND, updatedAt: '2025-01-01T00:00:00.000Z', records } as StoredRecord])).toThrow(/damaged/);
    }
    const twice = event(1);
    const pack = (n: number) => ({ id: `vault-pack-000000000${n}`, kind: PACK_KIND, updatedAt: twice.updatedAt, records: [twice] }) as StoredRecord;
    expect(() => PackIndex.unpack([pack(1), pack(2)])).toThrow(/stored twice/);
  });
});

describe('the audit table in a vault', () => {
  it('is stored as sealed packs and opens whole after a lock, across appends, changes and deletes', async () => {
    const { vault, dbName } = await newVault({ kdf: fastKdf });
    await vault.create('pass');
    const events = Array.from({ length: 250 }, (_, i) => event(i + 1, { summary: `secret step ${i}` }));
    for (let i = 0; i < events.length; i += 90) await vault.commit({ put: events.slice(i, i + 90).map((record) => ({ table: 'audit' as const, record })) });
    const changed = { ...events[3]!, summary: 'changed' };
    await vault.commit({ put: [{ table: 'audit', record: changed }], delete: [{ table: 'audit', id: events[200]!.id }] });

    const dump = await rawDump(dbName);
    expect(dump.audit).toHaveLength(3);
    expect(JSON.stringify(dump.audit)).not.toContain('secret step');

    vault.lock();
    await vault.unlock('pass');
    const byId = new Map(vault.all('audit').map((r) => [r.id, r]));
    expect(byId.size).toBe(249);
    expect(byId.get(changed.id)).toEqual(changed);
    expect(byId.has(events[200]!.id)).toBe(false);
    expect(byId.get(events[249]!.id)).toEqual(events[249]);
  });

  it('keeps working with rows written one record each before packs, and backs up and restores records', async () => {
    const { vault, dbName } = await newVault({ kdf: fastKdf });
    await vault.create('pass');
    await vault.commit({ put: [{ table: 'audit', record: event(1) }] });
    const { dek } = await openBackup(await vault.exportBackup(), 'pass', fastKdf);
    const legacy = event(2, { summary: 'from an older version' });
    const raw = await rawDexie(dbName);
    await raw.table('audit').put(sealRecord(dek, 'audit', legacy));
    vault.lock();
    await vault.unlock('pass');
    expect(vault.get('audit', legacy.id)).toEqual(legacy);

    await vault.commit({ put: [{ table: 'audit', record: { ...legacy, summary: 'written again' } }] });
    expect(await raw.table('audit').get(legacy.id)).toBeUndefined();
    vault.lock();
    await vault.unlock('pass');
    expect(vault.get('audit', legacy.id)).toMatchObject({ summary: 'written again' });

    const backup = await vault.exportBackup();
    const { vault: restored, dbName: restoredDb } = await newVault({ kdf: fastKdf });
    await restored.importBackup(backup, 'pass');
    expect((await rawDump(restoredDb)).audit).toHaveLength(1);
    restored.lock();
    await restored.unlock('pass');
    const byId = (a: StoredRecord, b: StoredRecord) => (a.id < b.id ? -1 : 1);
    expect(restored.all('audit').sort(byId)).toEqual(vault.all('audit').sort(byId));
    expect(restored.all('audit')).toHaveLength(2);
  });
});
