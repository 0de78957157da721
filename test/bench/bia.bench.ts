// BIA derived values for a large plan (500 processes, 2,000 assets, 10,000 dependencies; target
// far under 50 ms) and the 10,000-row asset CSV import preview (target 2 s).
// The derivation gets 20 warm-up runs: the app re-derives on every edit, so the steady state is what
// the user feels, and under vitest's module runner (imports become getter calls) V8 needs about
// 15 runs to optimise it. The first, cold run is several times slower; see the report.
import { makeAsset, ASSET_TYPES, type Asset } from '../../renderer/src/domain/asset';
import { deriveBia } from '../../renderer/src/domain/bia/derive';
import type { BiaPlan } from '../../renderer/src/domain/bia/plan';
import { biaSummary } from '../../renderer/src/domain/bia/summary';
import { makeContact } from '../../renderer/src/domain/contact';
import { exportAssetsCsv, importAssetsCsv } from '../../renderer/src/domain/csv/assetCsv';
import { makeDependency } from '../../renderer/src/domain/dependency';
import { IMPACT_CATEGORIES, impactAssessmentSchema, type ImpactLevel } from '../../renderer/src/domain/impact';
import { makeObjectives } from '../../renderer/src/domain/objectives';
import { makeProcess } from '../../renderer/src/domain/process';
import { TIME_POINTS } from '../../renderer/src/domain/timePoints';
import { makeVendor } from '../../renderer/src/domain/vendor';
import { medianMs } from './median';

const PROCESSES = 500;
const ASSETS = 2_000;
const VENDORS = 100;
const CONTACTS = 50;
const DEPENDENCIES = 10_000;
const CSV_ROWS = 10_000;

/** Deterministic pseudo-random numbers, so every run measures the same plan. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function largePlan(): BiaPlan {
  const rnd = prng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const now = new Date('2026-01-01T00:00:00Z');
  const contacts = Array.from({ length: CONTACTS }, (_, i) => makeContact({ name: `Contact ${i}` }, now));
  const assets = Array.from({ length: ASSETS }, (_, i) =>
    makeAsset({ name: `Asset ${i}`, type: pick(ASSET_TYPES), achievableRtoMinutes: rnd() < 0.9 ? pick(TIME_POINTS) : undefined, achievableRpoMinutes: pick([15, 60, 1440]), contactId: rnd() < 0.5 ? pick(contacts).id : undefined }, now),
  );
  const vendors = Array.from({ length: VENDORS }, (_, i) =>
    makeVendor({ name: `Vendor ${i}`, slaRtoMinutes: pick(TIME_POINTS), supportContacts: rnd() < 0.5 ? [{ label: 'Helpdesk', phone: '0800' }] : [] }, now),
  );
  const processes = Array.from({ length: PROCESSES }, (_, i) => makeProcess({ name: `Process ${i}`, owner: rnd() < 0.9 ? 'Owner' : '' }, now));
  const assessments = processes.map((p) => {
    const levels = Object.fromEntries(IMPACT_CATEGORIES.map((c) => [c, TIME_POINTS.map(() => Math.floor(rnd() * 5) as ImpactLevel)]));
    return impactAssessmentSchema.parse({ id: crypto.randomUUID(), kind: 'impactAssessment', updatedAt: now.toISOString(), parentId: p.id, levels });
  });
  const objectives = processes.map((p) => makeObjectives({ parentId: p.id, rtoMinutes: pick([0, 60, 240, 480, 1440]), rpoMinutes: pick([0, 15, 60, 1440]) }, now));
  const dependencies = Array.from({ length: DEPENDENCIES }, () => {
    const r = rnd();
    const target = r < 0.8 ? { targetType: 'asset' as const, targetId: pick(assets).id } : r < 0.95 ? { targetType: 'vendor' as const, targetId: pick(vendors).id } : { targetType: 'contact' as const, targetId: pick(contacts).id };
    return makeDependency({ parentId: pick(processes).id, ...target, required: rnd() < 0.8 }, now);
  });
  return { processes, assessments, objectives, assets, vendors, contacts, dependencies };
}

function inventory(count: number): Asset[] {
  const rnd = prng(7);
  return Array.from({ length: count }, (_, i) =>
    makeAsset({
      name: `srv-${String(i).padStart(5, '0')}.example.internal`,
      type: ASSET_TYPES[i % ASSET_TYPES.length] as Asset['type'],
      description: i % 10 === 0 ? 'Primary node, "hot" standby\nsee runbook' : 'Standard build',
      locationOrProvider: `Rack ${i % 40}, Room B`,
      redundancy: rnd() < 0.5 ? 'Active/passive pair' : 'None',
      backupMethod: 'Nightly snapshot, 30 days',
      owner: `Team ${i % 12}`,
      achievableRtoMinutes: Math.floor(rnd() * 2000),
      achievableRpoMinutes: Math.floor(rnd() * 1440),
      confidentiality: 'internal',
    }),
  );
}

export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  const plan = largePlan();
  let warnings = 0;
  const derive = await medianMs(() => {
    const derived = deriveBia(plan);
    biaSummary(derived);
    warnings = derived.warnings.length;
  }, 9, 20);
  record(`BIA derive (${PROCESSES} processes, ${ASSETS} assets, ${DEPENDENCIES} dependencies)`, derive, 'ms');
  if (warnings === 0) throw new Error('the large plan should produce warnings; the bench is not exercising the rules');

  const assets = inventory(CSV_ROWS);
  const csv = exportAssetsCsv(assets, { bom: true });
  let imported = 0;
  const importMs = await medianMs(() => {
    const result = importAssetsCsv(csv);
    if (result.errors.length > 0) throw new Error(`bench CSV should import cleanly: ${result.errors[0]?.message}`);
    imported = result.rows.length;
  }, 7, 2);
  if (imported !== CSV_ROWS) throw new Error(`imported ${imported} of ${CSV_ROWS} rows`);
  record(`Asset CSV import preview (${CSV_ROWS} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB)`, importMs, 'ms');
  record(`Asset CSV export (${CSV_ROWS} rows)`, await medianMs(() => exportAssetsCsv(assets, { bom: true }), 7, 2), 'ms');
}
