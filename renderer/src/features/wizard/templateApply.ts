import type { Asset } from '../../domain/asset';
import type { Contact } from '../../domain/contact';
import { makeDependency, type Dependency } from '../../domain/dependency';
import { instantiateTemplate, type IndustryTemplate, type TemplateChoice, type TemplateRecords } from '../../domain/industryTemplate';
import type { Process } from '../../domain/process';
import type { Vendor } from '../../domain/vendor';

export interface ExistingRecords {
  processes: readonly Process[];
  assets: readonly Asset[];
  vendors: readonly Vendor[];
  contacts: readonly Contact[];
  dependencies: readonly Dependency[];
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase('en');

/** Which suggestions are already in the plan (matched by name), so they are shown as added and not added twice. */
export function alreadyAdded(template: IndustryTemplate, existing: ExistingRecords): Set<string> {
  const names = {
    process: new Set(existing.processes.map((p) => nameKey(p.name))),
    asset: new Set(existing.assets.map((a) => nameKey(a.name))),
    vendor: new Set(existing.vendors.map((v) => nameKey(v.name))),
    contact: new Set(existing.contacts.map((c) => nameKey(c.name))),
  };
  const out = new Set<string>();
  for (const p of template.processes) if (names.process.has(nameKey(p.name))) out.add(p.key);
  for (const a of template.assets) if (names.asset.has(nameKey(a.name))) out.add(a.key);
  for (const v of template.vendors) if (names.vendor.has(nameKey(v.name))) out.add(v.key);
  for (const r of template.roles) if (names.contact.has(nameKey(r.role))) out.add(r.key);
  return out;
}

/**
 * The records to add for the suggestions the user ticked. Suggestions already in the plan are
 * skipped; a suggested link whose other end was added earlier (by name) is still made, so adding
 * the processes today and their systems tomorrow ends with the same links as adding both at once.
 */
export function recordsForChoice(template: IndustryTemplate, choice: TemplateChoice, existing: ExistingRecords, now = new Date()): TemplateRecords {
  const added = alreadyAdded(template, existing);
  const fresh = (keys: readonly string[]) => keys.filter((k) => !added.has(k));
  const out = instantiateTemplate(
    template,
    { processes: fresh(choice.processes), assets: fresh(choice.assets), vendors: fresh(choice.vendors), roles: fresh(choice.roles) },
    now,
  );
  // Resolve every template key to a record id: the new ones, then those already in the plan.
  const ids = new Map<string, { id: string; type: 'process' | 'asset' | 'vendor' | 'contact' }>();
  const byName = <T extends { id: string }>(list: readonly T[], name: (r: T) => string) => new Map(list.map((r) => [nameKey(name(r)), r.id]));
  const pools = {
    process: byName([...out.processes, ...existing.processes], (p) => p.name),
    asset: byName([...out.assets, ...existing.assets], (a) => a.name),
    vendor: byName([...out.vendors, ...existing.vendors], (v) => v.name),
    contact: byName([...out.contacts, ...existing.contacts], (c) => c.name),
  };
  const resolve = (key: string, type: keyof typeof pools, name: string) => {
    const id = pools[type].get(nameKey(name));
    if (id) ids.set(key, { id, type });
  };
  for (const p of template.processes) resolve(p.key, 'process', p.name);
  for (const a of template.assets) resolve(a.key, 'asset', a.name);
  for (const v of template.vendors) resolve(v.key, 'vendor', v.name);
  for (const r of template.roles) resolve(r.key, 'contact', r.role);

  const newIds = new Set([...out.processes, ...out.assets, ...out.vendors, ...out.contacts].map((r) => r.id));
  const linked = new Set([...existing.dependencies, ...out.dependencies].map((d) => `${d.parentId}>${d.targetId}`));
  for (const d of template.dependencies) {
    const process = ids.get(d.process);
    const target = ids.get(d.target);
    if (!process || !target || process.type !== 'process' || target.type === 'process') continue;
    // Only links touching something added now: the user may have removed an old link on purpose.
    if (!newIds.has(process.id) && !newIds.has(target.id)) continue;
    const key = `${process.id}>${target.id}`;
    if (linked.has(key)) continue;
    linked.add(key);
    out.dependencies.push(makeDependency({ parentId: process.id, targetType: target.type, targetId: target.id, required: d.required, note: d.note }, now));
  }
  return out;
}

export function recordCount(records: TemplateRecords): number {
  return records.processes.length + records.assets.length + records.vendors.length + records.contacts.length;
}
