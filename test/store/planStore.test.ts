import { describe, expect, it } from 'vitest';
import { verifyAgainstHead, verifyChain } from '../../renderer/src/domain/audit';
import { newRecordId } from '../../renderer/src/domain/record';
import { argon2idKdf, KDF_FLOOR, openVault } from '../../renderer/src/vault';
import { PlanStore } from '../../renderer/src/store';

async function unlockedStore(clock = () => new Date('2026-12-03T10:00:00Z')) {
  const vault = await openVault({ dbName: `store-${newRecordId()}`, kdf: argon2idKdf, kdfParams: { algorithm: 'argon2id', ...KDF_FLOOR, parallelism: 1 } });
  await vault.create('a long enough passphrase for tests');
  return new PlanStore(vault, clock);
}

const org = (name: string, id = newRecordId()) => ({ id, kind: 'organisation', updatedAt: '2026-01-01T00:00:00.000Z', name, planOwner: 'Amira' });

describe('PlanStore', () => {
  it('stamps updatedAt and lists records by kind', async () => {
    const store = await unlockedStore();
    await store.save(org('Harbour Bakery'), { id: newRecordId(), kind: 'settings', updatedAt: '2026-01-01T00:00:00.000Z', idleMinutes: 5 });
    const [saved] = store.list('organisation');
    expect(saved?.name).toBe('Harbour Bakery');
    expect(saved?.updatedAt).toBe('2026-12-03T10:00:00.000Z');
    expect(store.list('settings')).toHaveLength(1);
  });

  it('writes a hash-chained audit event with every change, naming the changed fields', async () => {
    const store = await unlockedStore();
    const record = org('Harbour Bakery');
    await store.save(record);
    await store.save({ ...record, name: 'Harbour Bakery Ltd' });
    await store.remove(record.id);
    await store.note({ action: 'export', entityKind: 'backup', entityId: 'backup', after: 'Backup saved' });
    const events = store.auditEvents();
    expect(events.map((e) => [e.seq, e.action, e.after])).toEqual([
      [1, 'create', 'Created'],
      [2, 'update', 'Changed: name'],
      [3, 'delete', 'Deleted'],
      [4, 'export', 'Backup saved'],
    ]);
    expect(events.map((e) => e.actor)).toEqual(['Plan owner', 'Amira', 'Amira', 'Plan owner']);
    expect(verifyChain(events).ok).toBe(true);
    expect(verifyAgainstHead(events, store.auditHead()).ok).toBe(true);
    expect(store.list('organisation')).toEqual([]);
  });

  it('names the actor set for the session instead of the plan owner', async () => {
    const store = await unlockedStore();
    store.setActor('JD');
    await store.save(org('Harbour Bakery'));
    expect(store.auditEvents()[0]?.actor).toBe('JD');
  });

  it('keeps the audit trail across lock and unlock', async () => {
    const store = await unlockedStore();
    await store.save(org('Harbour Bakery'));
    store.vault.lock();
    expect(store.auditEvents()).toEqual([]);
    await store.vault.unlock('a long enough passphrase for tests');
    expect(store.auditEvents()).toHaveLength(1);
    expect(store.auditHead().seq).toBe(1);
  });
});

describe('PlanStore under concurrent saves', () => {
  it('keeps one unbroken chain when saves overlap', async () => {
    const store = await unlockedStore();
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.save(org(`Business ${i}`))));
    const events = store.auditEvents();
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(verifyAgainstHead(events, store.auditHead()).ok).toBe(true);
  });

  it('carries on after a failed commit', async () => {
    const store = await unlockedStore();
    const bad = store.save({ id: 'not-a-uuid', kind: 'organisation', updatedAt: '2026-01-01T00:00:00.000Z' });
    const good = store.save(org('Harbour Bakery'));
    await expect(bad).rejects.toThrow();
    await good;
    expect(store.list('organisation')).toHaveLength(1);
    expect(verifyChain(store.auditEvents()).ok).toBe(true);
  });
});
