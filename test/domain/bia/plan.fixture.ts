// Builds small plans for the BIA rule tests: names instead of ids, defaults for everything else.
import { makeAsset, type AssetInput } from '../../../renderer/src/domain/asset';
import { makeContact } from '../../../renderer/src/domain/contact';
import { makeDependency, type DependencyInput } from '../../../renderer/src/domain/dependency';
import { emptyGrid, impactAssessmentSchema, type ImpactCategory, type ImpactGrid, type ImpactLevel } from '../../../renderer/src/domain/impact';
import { makeObjectives, type ObjectivesInput } from '../../../renderer/src/domain/objectives';
import { makeProcess, type ProcessInput } from '../../../renderer/src/domain/process';
import { makeVendor, type VendorInput } from '../../../renderer/src/domain/vendor';
import type { BiaPlan } from '../../../renderer/src/domain/bia/plan';

export const NOW = new Date('2026-01-01T00:00:00.000Z');

export function grid(rows: Partial<Record<ImpactCategory, ImpactLevel[]>>): ImpactGrid {
  return { ...emptyGrid(), ...rows };
}

export class PlanBuilder {
  plan: {
    processes: BiaPlan['processes'][number][];
    assessments: BiaPlan['assessments'][number][];
    objectives: BiaPlan['objectives'][number][];
    assets: BiaPlan['assets'][number][];
    vendors: BiaPlan['vendors'][number][];
    contacts: BiaPlan['contacts'][number][];
    dependencies: BiaPlan['dependencies'][number][];
  } = { processes: [], assessments: [], objectives: [], assets: [], vendors: [], contacts: [], dependencies: [] };
  ids = new Map<string, string>();

  id(name: string): string {
    const id = this.ids.get(name);
    if (!id) throw new Error(`no record named ${name}`);
    return id;
  }

  process(
    name: string,
    options: { owner?: string; levels?: ImpactGrid; tolerableOverrides?: Partial<Record<ImpactCategory, ImpactLevel>> } & Partial<Omit<ObjectivesInput, 'parentId'>> & Partial<ProcessInput> = {},
  ): this {
    const { levels, tolerableOverrides, rtoMinutes, rpoMinutes, mbco, mtpdOverrideMinutes, mtpdOverrideReason, ...rest } = options;
    const process = makeProcess({ owner: 'Sam', ...rest, name }, NOW);
    this.ids.set(name, process.id);
    this.plan.processes.push(process);
    this.plan.assessments.push(
      impactAssessmentSchema.parse({
        id: crypto.randomUUID(),
        kind: 'impactAssessment',
        updatedAt: NOW.toISOString(),
        parentId: process.id,
        levels: levels ?? emptyGrid(),
        tolerableOverrides: tolerableOverrides ?? {},
      }),
    );
    if (rtoMinutes !== undefined || rpoMinutes !== undefined || mtpdOverrideMinutes !== undefined || mbco !== undefined) {
      this.plan.objectives.push(makeObjectives({ parentId: process.id, rtoMinutes, rpoMinutes, mbco, mtpdOverrideMinutes, mtpdOverrideReason }, NOW));
    }
    return this;
  }

  asset(name: string, options: Partial<AssetInput> = {}): this {
    const asset = makeAsset({ type: 'server', ...options, name }, NOW);
    this.ids.set(name, asset.id);
    this.plan.assets.push(asset);
    return this;
  }

  vendor(name: string, options: Partial<VendorInput> = {}): this {
    const vendor = makeVendor({ ...options, name }, NOW);
    this.ids.set(name, vendor.id);
    this.plan.vendors.push(vendor);
    return this;
  }

  contact(name: string): this {
    const contact = makeContact({ name, primaryPhone: '555 0100' }, NOW);
    this.ids.set(name, contact.id);
    this.plan.contacts.push(contact);
    return this;
  }

  link(processName: string, targetName: string, options: Partial<Omit<DependencyInput, 'parentId' | 'targetId'>> & { contact?: string; name?: string } = {}): this {
    const { contact, name, ...rest } = options;
    const targetId = this.id(targetName);
    const targetType =
      rest.targetType ??
      (this.plan.assets.some((a) => a.id === targetId) ? 'asset' : this.plan.vendors.some((v) => v.id === targetId) ? 'vendor' : 'contact');
    const dependency = makeDependency(
      { ...rest, parentId: this.id(processName), targetId, targetType, contactId: contact ? this.id(contact) : undefined },
      NOW,
    );
    this.ids.set(name ?? `${processName}->${targetName}`, dependency.id);
    this.plan.dependencies.push(dependency);
    return this;
  }

  build(extra: Partial<BiaPlan> = {}): BiaPlan {
    return { ...this.plan, ...extra };
  }
}
