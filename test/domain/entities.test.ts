// The entity schemas others build on: defaults, the record base, and what they refuse.
import { describe, expect, it } from 'vitest';
import { assetSchema, makeAsset } from '../../renderer/src/domain/asset';
import { contactSchema, makeContact } from '../../renderer/src/domain/contact';
import { makeProcess, processSchema } from '../../renderer/src/domain/process';
import { DEFAULT_TOLERABLE_LEVELS, effectiveTolerance, impactToleranceSchema } from '../../renderer/src/domain/tolerance';
import { makeVendor, vendorSchema } from '../../renderer/src/domain/vendor';

const base = { id: crypto.randomUUID(), updatedAt: '2026-01-01T00:00:00.000Z' };

describe('entity schemas', () => {
  it('fill defaults and trim text', () => {
    expect(makeProcess({ name: '  Payroll ' })).toMatchObject({ kind: 'process', name: 'Payroll', owner: '', dataClassification: {} });
    expect(makeAsset({ name: 'NAS', type: 'data-store' })).toMatchObject({ kind: 'asset', backupMethod: '' });
    expect(makeVendor({ name: 'Gateway' })).toMatchObject({ kind: 'vendor', accountNumbers: [], supportContacts: [] });
    expect(makeContact({ name: 'Ana' })).toMatchObject({ kind: 'contact', escalationLevel: 1, escalateAfterMinutes: 15, email: '' });
  });

  it.each([
    ['a process without a name', () => processSchema.safeParse({ ...base, kind: 'process', name: '   ' })],
    ['a process with the wrong kind', () => processSchema.safeParse({ ...base, kind: 'asset', name: 'x' })],
    ['a process with a bad id', () => processSchema.safeParse({ ...base, id: 'x', kind: 'process', name: 'x' })],
    ['an unknown asset type', () => assetSchema.safeParse({ ...base, kind: 'asset', name: 'x', type: 'mainframe' })],
    ['a fractional asset RTO', () => assetSchema.safeParse({ ...base, kind: 'asset', name: 'x', type: 'server', achievableRtoMinutes: 1.5 })],
    ['a negative vendor SLA', () => vendorSchema.safeParse({ ...base, kind: 'vendor', name: 'x', slaRtoMinutes: -1 })],
    ['a vendor support email that is not one', () => vendorSchema.safeParse({ ...base, kind: 'vendor', name: 'x', supportContacts: [{ label: 'Desk', email: 'nope' }] })],
    ['a contact at escalation level 0', () => contactSchema.safeParse({ ...base, kind: 'contact', name: 'x', escalationLevel: 0 })],
  ])('refuse %s', (_name, parse) => {
    expect(parse().success).toBe(false);
  });
});

describe('tolerance', () => {
  it('the organisation record defaults every category', () => {
    const t = impactToleranceSchema.parse({ ...base, kind: 'impactTolerance', levels: { financial: 3 } });
    expect(t.levels).toEqual({ ...DEFAULT_TOLERABLE_LEVELS, financial: 3 });
  });

  it('a process override wins for its category only', () => {
    expect(effectiveTolerance({ ...DEFAULT_TOLERABLE_LEVELS, legal: 3 }, { financial: 0 })).toEqual({ ...DEFAULT_TOLERABLE_LEVELS, legal: 3, financial: 0 });
    expect(effectiveTolerance(undefined, undefined)).toEqual(DEFAULT_TOLERABLE_LEVELS);
  });
});
