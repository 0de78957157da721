import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { VaultDatabase } from '../../renderer/src/vault/database';
import { findVaultError } from '../../renderer/src/vault/errors';
import { lockedKeySource } from '../../renderer/src/vault/middleware';
import type { StoredRecord } from '../../renderer/src/vault';
import { makeRecord, rawDump, uniqueDbName } from './helpers';

/** The Dexie database with its middleware, used directly: every read path must decrypt. */
async function database() {
  let key: Uint8Array | null = nacl.randomBytes(32);
  const name = uniqueDbName('mw');
  const db = new VaultDatabase(name, lockedKeySource(() => key));
  await db.open();
  const parent = makeRecord({ kind: 'process', name: 'Orders', n: 1 });
  const children = [1, 2, 3].map((n) => makeRecord({ kind: 'step', parentId: parent.id, n, title: `Step ${n}` }));
  await db.records.bulkPut([parent, ...children]);
  return { db, name, parent, children, setKey: (k: Uint8Array | null) => (key = k) };
}

const byN = (a: StoredRecord, b: StoredRecord) => (a.n as number) - (b.n as number);

describe('encryption middleware', () => {
  it('decrypts on get, bulkGet, toArray, where/equals, each (cursor), orderBy, filter and keys', async () => {
    const { db, parent, children } = await database();
    expect(await db.records.get(parent.id)).toEqual(parent);
    expect(await db.records.get(crypto.randomUUID())).toBeUndefined();
    expect(await db.records.bulkGet([children[0]!.id, 'missing', parent.id])).toEqual([children[0], undefined, parent]);
    expect((await db.records.toArray()).length).toBe(4);
    expect((await db.records.where('parentId').equals(parent.id).toArray()).sort(byN)).toEqual(children);
    const seen: StoredRecord[] = [];
    await db.records.where('kind').equals('step').each((r) => seen.push(r));
    expect(seen.sort(byN)).toEqual(children);
    expect((await db.records.orderBy('updatedAt').reverse().toArray()).length).toBe(4);
    expect(await db.records.filter((r) => r.title === 'Step 2').toArray()).toEqual([children[1]]);
    expect(await db.records.where('kind').equals('step').count()).toBe(3);
    expect((await db.records.toCollection().primaryKeys()).sort()).toEqual([parent, ...children].map((r) => r.id).sort());
    expect(await db.records.where('kind').equals('process').first()).toEqual(parent);
  });

  it('encrypts writes made by update() and modify(), which read through a cursor first', async () => {
    const { db, name, parent, children } = await database();
    await db.records.update(parent.id, { name: 'Orders (renamed)' });
    await db.records.where('parentId').equals(parent.id).modify((r) => {
      r.title = `${String(r.title)}!`;
    });
    expect((await db.records.get(parent.id))?.name).toBe('Orders (renamed)');
    expect((await db.records.where('parentId').equals(parent.id).toArray()).map((r) => r.title).sort()).toEqual(children.map((c) => `${String(c.title)}!`));
    const raw = JSON.stringify((await rawDump(name)).records, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
    expect(raw).not.toContain('renamed');
    expect(raw).not.toContain('Step');
  });

  it('refuses every read and write with VaultError(locked) when there is no key', async () => {
    const { db, parent, setKey } = await database();
    setKey(null);
    for (const attempt of [
      () => db.records.get(parent.id),
      () => db.records.toArray(),
      () => db.records.where('kind').equals('step').each(() => undefined),
      () => db.records.put(makeRecord()),
    ]) {
      const error = await attempt().then(() => undefined, (e: unknown) => e);
      expect(findVaultError(error)?.code).toBe('locked');
    }
  });

  it('reports a row written under another key as record-damaged, naming it, on every read path', async () => {
    const { db, parent, setKey } = await database();
    setKey(nacl.randomBytes(32));
    for (const attempt of [() => db.records.get(parent.id), () => db.records.toArray(), () => db.records.where('kind').equals('process').each(() => undefined)]) {
      const error = findVaultError(await attempt().then(() => undefined, (e: unknown) => e));
      expect(error?.code).toBe('record-damaged');
      expect(typeof error?.recordId).toBe('string');
    }
    expect(findVaultError(await db.records.get(parent.id).catch((e: unknown) => e))?.recordId).toBe(parent.id);
  });

  it('passes the clear meta table through untouched', async () => {
    const { db, name } = await database();
    await db.meta.put({ id: 'note', value: 'plain' });
    expect((await rawDump(name)).meta).toEqual([{ id: 'note', value: 'plain' }]);
  });
});
