import { describe, expect, it } from 'vitest';
import { makeAsset } from '../../renderer/src/domain/asset';
import { makeContact } from '../../renderer/src/domain/contact';
import { makeDependency } from '../../renderer/src/domain/dependency';
import { chooseAll } from '../../renderer/src/domain/industryTemplate';
import { makeObjectives } from '../../renderer/src/domain/objectives';
import { makeProcess } from '../../renderer/src/domain/process';
import { makeVendor } from '../../renderer/src/domain/vendor';
import { decodeCsv, exportFileName } from '../../renderer/src/features/csv/csvFiles';
import { planDelete, type CascadeInput } from '../../renderer/src/features/plan/cascade';
import { processFocusId } from '../../renderer/src/features/plan/focus';
import { searchPlan } from '../../renderer/src/features/plan/search';
import { alreadyAdded, recordCount, recordsForChoice } from '../../renderer/src/features/wizard/templateApply';
import { findTemplate, INDUSTRY_TEMPLATES } from '../../renderer/src/features/wizard/templates';

const now = new Date('2025-03-01T10:00:00Z');

function smallPlan() {
  const payments = makeProcess({ name: 'Payment processing', owner: 'Sam' }, now);
  const accounts = makeProcess({ name: 'Accounting', obligations: 'VAT records kept 6 years' }, now);
  const db = makeAsset({ name: 'DB (Postgres Multi-AZ)', type: 'database', locationOrProvider: 'Cloud provider' }, now);
  const gateway = makeVendor({ name: 'Payment gateway', contractReference: 'PG-42' }, now);
  const bookkeeper = makeContact({ name: 'Priya Nair', role: 'Bookkeeper', primaryPhone: '+44 20 7946 0000' }, now);
  const serverWithContact = makeAsset({ name: 'Accounting server', type: 'server', contactId: bookkeeper.id }, now);
  const deps = [
    makeDependency({ parentId: payments.id, targetType: 'asset', targetId: db.id }, now),
    makeDependency({ parentId: payments.id, targetType: 'vendor', targetId: gateway.id, contactId: bookkeeper.id }, now),
    makeDependency({ parentId: accounts.id, targetType: 'contact', targetId: bookkeeper.id }, now),
    makeDependency({ parentId: accounts.id, targetType: 'asset', targetId: serverWithContact.id }, now),
  ];
  const objectives = [makeObjectives({ parentId: payments.id, rtoMinutes: 60 }, now)];
  const input: CascadeInput = {
    processes: [payments, accounts],
    assessments: [],
    objectives,
    assets: [db, serverWithContact],
    vendors: [gateway],
    contacts: [bookkeeper],
    dependencies: deps,
    topFive: { id: crypto.randomUUID(), kind: 'topFiveSelection', updatedAt: now.toISOString(), entries: [{ processId: payments.id, reason: '' }, { processId: accounts.id, reason: 'VAT' }], readyForSignOffAt: now.toISOString() },
  };
  return { input, payments, accounts, db, gateway, bookkeeper, serverWithContact, deps, objectives };
}

describe('planDelete', () => {
  it('takes a process with its objectives and links, and out of the top five (which is no longer ready)', () => {
    const { input, payments, deps, objectives } = smallPlan();
    const plan = planDelete(input, 'process', payments.id);
    expect(new Set(plan.removeIds)).toEqual(new Set([payments.id, objectives[0]!.id, deps[0]!.id, deps[1]!.id]));
    expect(plan.linkCount).toBe(2);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]).toMatchObject({ kind: 'topFiveSelection', entries: [{ reason: 'VAT' }] });
    expect(plan.updates[0]!.readyForSignOffAt).toBeUndefined();
    // Undo needs everything as it was, the top five included.
    expect(plan.before.map((r) => r.id)).toEqual(expect.arrayContaining([...plan.removeIds, input.topFive!.id]));
  });

  it('takes an asset or supplier with the links pointing at it only', () => {
    const { input, db, gateway, deps } = smallPlan();
    expect(planDelete(input, 'asset', db.id).removeIds.sort()).toEqual([db.id, deps[0]!.id].sort());
    expect(planDelete(input, 'vendor', gateway.id).removeIds.sort()).toEqual([gateway.id, deps[1]!.id].sort());
  });

  it('unnames a person wherever the plan said to call them', () => {
    const { input, bookkeeper, deps, serverWithContact } = smallPlan();
    const plan = planDelete(input, 'contact', bookkeeper.id);
    expect(plan.removeIds.sort()).toEqual([bookkeeper.id, deps[2]!.id].sort());
    const updated = new Map(plan.updates.map((r) => [r.id, r]));
    expect(updated.get(deps[1]!.id)).not.toHaveProperty('contactId');
    expect(updated.get(serverWithContact.id)).not.toHaveProperty('contactId');
  });
});

describe('searchPlan', () => {
  it('finds every word anywhere, ignoring case and accents, names first', () => {
    const { input } = smallPlan();
    const extra = makeProcess({ name: 'Café orders', description: 'Payment at the till' }, now);
    const data = { ...input, processes: [...input.processes, extra] };
    expect(searchPlan(data, 'cafe').map((h) => h.name)).toEqual(['Café orders']);
    const payment = searchPlan(data, 'PAYMENT');
    expect(payment.map((h) => h.name)).toEqual(['Payment gateway', 'Payment processing', 'Café orders']);
    expect(payment[2]).toMatchObject({ field: 'description', snippet: 'Payment at the till' });
    expect(searchPlan(data, 'vat 6 years')).toMatchObject([{ kind: 'process', name: 'Accounting', field: 'obligations' }]);
    expect(searchPlan(data, '7946')).toMatchObject([{ kind: 'contact', field: 'primaryPhone' }]);
    expect(searchPlan(data, 'pg-42')).toMatchObject([{ kind: 'vendor', field: 'contractReference' }]);
    expect(searchPlan(data, 'payment nothing-like-this')).toEqual([]);
    expect(searchPlan(data, '   ')).toEqual([]);
  });
});

describe('industry templates in the wizard', () => {
  it('bundles the seven industries, each valid, found by name or id', () => {
    expect(INDUSTRY_TEMPLATES.map((t) => t.id).sort()).toEqual(
      ['accounting-firm', 'medical-clinic', 'online-shop', 'professional-services', 'restaurant-cafe', 'retail-store', 'small-manufacturer'],
    );
    expect(findTemplate('Online shop')?.id).toBe('online-shop');
    expect(findTemplate('online-shop')?.name).toBe('Online shop');
    expect(findTemplate('Bakery')).toBeUndefined();
  });

  const shop = findTemplate('online-shop')!;
  const none = { processes: [], assets: [], vendors: [], contacts: [], dependencies: [] };

  it('adds only what was ticked, with the links between ticked things', () => {
    const records = recordsForChoice(shop, { processes: ['payment-processing'], assets: ['shop-database'], vendors: [], roles: [] }, none, now);
    expect(records.processes.map((p) => p.name)).toEqual(['Payment processing']);
    expect(records.assets.map((a) => a.name)).toEqual(['DB (Postgres Multi-AZ)']);
    expect(records.dependencies).toHaveLength(1);
    expect(records.objectives[0]).toMatchObject({ rtoMinutes: 60, rpoMinutes: 15 });
    expect(recordCount(records)).toBe(2);
  });

  it('links to what is already in the plan and never adds a suggestion twice', () => {
    const first = recordsForChoice(shop, { processes: ['payment-processing'], assets: [], vendors: [], roles: [] }, none, now);
    const existing = { ...none, processes: first.processes, dependencies: first.dependencies };
    expect(alreadyAdded(shop, existing)).toEqual(new Set(['payment-processing']));
    const second = recordsForChoice(shop, { ...chooseAll(shop), processes: ['payment-processing'] }, existing, now);
    expect(second.processes).toEqual([]);
    const payment = first.processes[0]!;
    // payment-processing → gateway, DB and DNS, made now that their targets exist.
    expect(second.dependencies.filter((d) => d.parentId === payment.id)).toHaveLength(3);
    const third = recordsForChoice(shop, chooseAll(shop), { ...existing, assets: second.assets, vendors: second.vendors, contacts: second.contacts, dependencies: [...existing.dependencies, ...second.dependencies] }, now);
    expect(recordCount(third)).toBe(shop.processes.length - 1);
    expect(third.dependencies.filter((d) => d.parentId === payment.id)).toHaveLength(0);
  });
});

describe('small helpers', () => {
  it('decodes UTF-8 (dropping a byte-order mark) and refuses other encodings', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFName\nCafé'))).toEqual({ ok: true, text: 'Name\nCafé' });
    expect(decodeCsv(new Uint8Array([0x4e, 0x61, 0xe9, 0x0a]))).toEqual({ ok: false, error: 'not-utf8' });
  });

  it('names exports by day', () => {
    expect(exportFileName('asset-inventory', new Date(2025, 0, 5))).toBe('asset-inventory-2025-01-05.csv');
  });

  it('reads the fields a "fix it" link points at', () => {
    expect(processFocusId('p1', 'objectives:rtoMinutes')).toBe('fix-objectives-p1-rtoMinutes');
    expect(processFocusId('p1', 'process:owner')).toBe('fix-process-p1-owner');
    expect(processFocusId('p1', 'dependency:d9:contactId')).toBe('fix-dependency-d9-contactId');
    expect(processFocusId('p1', 'nonsense')).toBeUndefined();
    expect(processFocusId('p1', null)).toBeUndefined();
  });
});
