import { z } from 'zod';
import { assetTypeSchema, makeAsset, type Asset } from './asset';
import { makeContact, type Contact } from './contact';
import { makeDependency, type Dependency } from './dependency';
import {
  IMPACT_CATEGORIES,
  IMPACT_ASSESSMENT_KIND,
  emptyGrid,
  impactAssessmentSchema,
  impactCategorySchema,
  impactLevelSchema,
  type ImpactAssessment,
  type ImpactGrid,
} from './impact';
import { makeObjectives, type Objectives } from './objectives';
import { makeProcess, type Process } from './process';
import { newRecordId } from './record';
import { TIME_POINTS, durationMinutesSchema } from './timePoints';
import { makeVendor, type Vendor } from './vendor';

/** Lower-case words joined by hyphens: stable across releases, so a user's choices can refer to them. */
const keySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens');
const text = (max: number) => z.string().trim().max(max).default('');

// A template is authored by hand; a decreasing row is an authoring slip to reject, not to repair.
const templateImpactRowSchema = z
  .array(impactLevelSchema)
  .length(TIME_POINTS.length)
  .refine((row) => row.every((level, i) => i === 0 || level >= (row[i - 1] ?? 0)), 'Impact may not decrease over time');

export const templateProcessSchema = z.object({
  key: keySchema,
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(2000),
  /** A role, not a person: the template cannot know who. */
  suggestedOwner: text(200),
  /** Suggested impact profile; a category left out means no impact. */
  impact: z.partialRecord(impactCategorySchema, templateImpactRowSchema),
  suggestedRtoMinutes: durationMinutesSchema,
  suggestedRpoMinutes: durationMinutesSchema,
  mbco: text(2000),
  manualWorkaround: text(4000),
  minimumStaff: text(1000),
  minimumEquipment: text(1000),
});

export const templateAssetSchema = z.object({
  key: keySchema,
  name: z.string().trim().min(1).max(200),
  type: assetTypeSchema,
  description: text(2000),
  locationOrProvider: text(500),
  redundancy: text(1000),
  backupMethod: text(1000),
});

export const templateVendorSchema = z.object({
  key: keySchema,
  name: z.string().trim().min(1).max(200),
  service: z.string().trim().min(1).max(1000),
  slaSummary: text(2000),
});

/** A person or role the business typically relies on, e.g. "Web developer (freelance)". */
export const templateRoleSchema = z.object({
  key: keySchema,
  role: z.string().trim().min(1).max(200),
});

export const templateDependencySchema = z.object({
  process: keySchema,
  target: keySchema,
  required: z.boolean().default(true),
  note: text(1000),
});

export const INDUSTRY_TEMPLATE_VERSION = 1;

/** An industry template shipped in assets/templates/*.json: suggestions only, nothing is added until the user picks. */
export const industryTemplateSchema = z
  .object({
    schemaVersion: z.literal(INDUSTRY_TEMPLATE_VERSION),
    id: keySchema,
    name: z.string().trim().min(1).max(100),
    description: z.string().trim().min(1).max(1000),
    processes: z.array(templateProcessSchema).min(1),
    assets: z.array(templateAssetSchema).default([]),
    vendors: z.array(templateVendorSchema).default([]),
    roles: z.array(templateRoleSchema).default([]),
    dependencies: z.array(templateDependencySchema).default([]),
  })
  .superRefine((t, ctx) => {
    const owners = new Map<string, string>();
    const claim = (key: string, what: string, path: (string | number)[]) => {
      const earlier = owners.get(key);
      if (earlier) ctx.addIssue({ code: 'custom', path, message: `Key "${key}" is used twice (${earlier} and ${what})` });
      else owners.set(key, what);
    };
    t.processes.forEach((p, i) => claim(p.key, 'process', ['processes', i, 'key']));
    t.assets.forEach((a, i) => claim(a.key, 'asset', ['assets', i, 'key']));
    t.vendors.forEach((v, i) => claim(v.key, 'vendor', ['vendors', i, 'key']));
    t.roles.forEach((r, i) => claim(r.key, 'role', ['roles', i, 'key']));
    t.dependencies.forEach((d, i) => {
      if (owners.get(d.process) !== 'process') ctx.addIssue({ code: 'custom', path: ['dependencies', i, 'process'], message: `No process "${d.process}"` });
      const target = owners.get(d.target);
      if (target !== 'asset' && target !== 'vendor' && target !== 'role') {
        ctx.addIssue({ code: 'custom', path: ['dependencies', i, 'target'], message: `No asset, vendor or role "${d.target}"` });
      }
    });
  });

export type IndustryTemplate = z.infer<typeof industryTemplateSchema>;
export type TemplateProcess = z.infer<typeof templateProcessSchema>;

export function templateImpactGrid(process: TemplateProcess): ImpactGrid {
  const grid = emptyGrid();
  for (const category of IMPACT_CATEGORIES) {
    const row = process.impact[category];
    if (row) grid[category] = [...row];
  }
  return grid;
}

/** The keys the user said yes to; anything not listed is left out. */
export interface TemplateChoice {
  processes: readonly string[];
  assets: readonly string[];
  vendors: readonly string[];
  roles: readonly string[];
}

export interface TemplateRecords {
  processes: Process[];
  assessments: ImpactAssessment[];
  objectives: Objectives[];
  assets: Asset[];
  vendors: Vendor[];
  contacts: Contact[];
  dependencies: Dependency[];
}

/** Everything in the template, for "take all suggestions". */
export function chooseAll(template: IndustryTemplate): TemplateChoice {
  return {
    processes: template.processes.map((p) => p.key),
    assets: template.assets.map((a) => a.key),
    vendors: template.vendors.map((v) => v.key),
    roles: template.roles.map((r) => r.key),
  };
}

/**
 * Turns the chosen suggestions into new records. A suggested link is created only when the user
 * kept both of its ends. Suggested owners and RTO/RPO are starting values the wizard asks about.
 */
export function instantiateTemplate(template: IndustryTemplate, choice: TemplateChoice, now: Date = new Date()): TemplateRecords {
  const out: TemplateRecords = { processes: [], assessments: [], objectives: [], assets: [], vendors: [], contacts: [], dependencies: [] };
  const ids = new Map<string, { id: string; type: 'process' | 'asset' | 'vendor' | 'contact' }>();
  const chosen = (keys: readonly string[]) => new Set(keys);
  const processKeys = chosen(choice.processes);
  for (const p of template.processes) {
    if (!processKeys.has(p.key)) continue;
    const process = makeProcess(
      { name: p.name, description: p.description, owner: p.suggestedOwner, manualWorkaround: p.manualWorkaround, minimumStaff: p.minimumStaff, minimumEquipment: p.minimumEquipment },
      now,
    );
    ids.set(p.key, { id: process.id, type: 'process' });
    out.processes.push(process);
    out.assessments.push(
      impactAssessmentSchema.parse({ id: newRecordId(), kind: IMPACT_ASSESSMENT_KIND, updatedAt: now.toISOString(), parentId: process.id, levels: templateImpactGrid(p) }),
    );
    out.objectives.push(makeObjectives({ parentId: process.id, rtoMinutes: p.suggestedRtoMinutes, rpoMinutes: p.suggestedRpoMinutes, mbco: p.mbco }, now));
  }
  const assetKeys = chosen(choice.assets);
  for (const a of template.assets) {
    if (!assetKeys.has(a.key)) continue;
    const { key, ...fields } = a;
    const asset = makeAsset(fields, now);
    ids.set(key, { id: asset.id, type: 'asset' });
    out.assets.push(asset);
  }
  const vendorKeys = chosen(choice.vendors);
  for (const v of template.vendors) {
    if (!vendorKeys.has(v.key)) continue;
    const vendor = makeVendor({ name: v.name, service: v.service, slaSummary: v.slaSummary }, now);
    ids.set(v.key, { id: vendor.id, type: 'vendor' });
    out.vendors.push(vendor);
  }
  const roleKeys = chosen(choice.roles);
  for (const r of template.roles) {
    if (!roleKeys.has(r.key)) continue;
    const contact = makeContact({ name: r.role, role: r.role }, now);
    ids.set(r.key, { id: contact.id, type: 'contact' });
    out.contacts.push(contact);
  }
  for (const d of template.dependencies) {
    const process = ids.get(d.process);
    const target = ids.get(d.target);
    if (!process || !target || process.type !== 'process' || target.type === 'process') continue;
    out.dependencies.push(makeDependency({ parentId: process.id, targetType: target.type, targetId: target.id, required: d.required, note: d.note }, now));
  }
  return out;
}
