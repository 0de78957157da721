import { canonicalJson } from '../canonical';
import { planContent, type PlanContentEntry } from './planContent';

export interface FieldChange {
  /** Where, in plain words: "step 3 command", "RTO minutes". */
  path: string;
  change: 'added' | 'removed' | 'changed' | 'reordered';
  before?: unknown;
  after?: unknown;
  /** e.g. "step 3 command changed from './promote-replica.sh' to './promote.sh'". */
  text: string;
}

export interface PlanChange {
  change: 'added' | 'removed' | 'changed';
  kind: string;
  id: string;
  /** e.g. "Runbook 'Database failover'". */
  label: string;
  fields: FieldChange[];
  /** One sentence per change, label first: what a reviewer reads. */
  lines: string[];
}

/**
 * What changed between two plan snapshots, record by record and field by field, in words a
 * manager can check before signing again. Compares the same content the fingerprint covers
 * (planContent), so the fingerprints differ exactly when this list is not empty.
 */
export function diffPlans(before: readonly PlanContentEntry[], after: readonly PlanContentEntry[]): PlanChange[] {
  const old = planContent(before);
  const now = planContent(after);
  const oldById = new Map(old.map((r) => [r.id, r]));
  const nowById = new Map(now.map((r) => [r.id, r]));
  const changes: PlanChange[] = [];
  for (const record of old) {
    if (!nowById.has(record.id)) {
      const label = recordLabel(record, oldById);
      changes.push({ change: 'removed', kind: record.kind, id: record.id, label, fields: [], lines: [`${label} removed`] });
    }
  }
  for (const record of now) {
    const previous = oldById.get(record.id);
    const label = recordLabel(record, nowById);
    if (!previous) {
      changes.push({ change: 'added', kind: record.kind, id: record.id, label, fields: [], lines: [`${label} added`] });
      continue;
    }
    if (canonicalJson(previous) === canonicalJson(record)) continue;
    const fields: FieldChange[] = [];
    diffValue([], withoutIdentity(previous), withoutIdentity(record), fields);
    changes.push({ change: 'changed', kind: record.kind, id: record.id, label, fields, lines: fields.map((f) => `${label}: ${f.text}`) });
  }
  return changes;
}

/** All the sentences of a diff, in order. */
export function describePlanChanges(changes: readonly PlanChange[]): string[] {
  return changes.flatMap((c) => c.lines);
}

function withoutIdentity(record: PlanContentEntry): Record<string, unknown> {
  const { id: _id, ...rest } = record;
  return rest;
}

/* ---------- labels ---------- */

const NAME_FIELDS = ['name', 'title', 'label'] as const;
const MAX_QUOTED = 60;

function nameOf(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  for (const field of NAME_FIELDS) {
    const name = value[field];
    if (typeof name === 'string' && name.trim() !== '') return clip(name.trim());
  }
  return undefined;
}

/** "Runbook 'Database failover'", or with its parent: "Runbook 'Database failover', runbook step 'Promote replica'". */
function recordLabel(record: PlanContentEntry, byId: ReadonlyMap<string, PlanContentEntry>, depth = 0): string {
  const kindName = humanise(record.kind);
  const name = nameOf(record);
  const own = name ? `${kindName} '${name}'` : `${kindName} ${record.id.slice(0, 8)}`;
  const parent = record.parentId ? byId.get(record.parentId) : undefined;
  if (!parent || depth >= 2) return capitalise(own);
  return `${recordLabel(parent, byId, depth + 1)}, ${own}`;
}

const ACRONYMS = new Set(['rto', 'rpo', 'mtpd', 'mbco', 'dns', 'sla', 'ttl', 'url', 'id', 'ip', 'saas', 'raci', 'it', 'vm', 'db', 'az']);

/** 'activationCriteria' → 'activation criteria', 'rtoMinutes' → 'RTO minutes', 'impact-assessment' → 'impact assessment'. */
function humanise(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : word.toLowerCase()))
    .join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const IRREGULAR_SINGULARS: Record<string, string> = { criteria: 'criterion', people: 'person', data: 'data' };

/** 'steps' → 'step', 'escalation contacts' → 'escalation contact', 'entries' → 'entry'. */
function singular(words: string): string {
  const parts = words.split(' ');
  const last = parts.pop() ?? '';
  const lower = last.toLowerCase();
  const one =
    IRREGULAR_SINGULARS[lower] ??
    (lower.endsWith('ies') ? `${last.slice(0, -3)}y` : /(ss|x|ch|sh)es$/.test(lower) ? last.slice(0, -2) : lower.endsWith('s') && !lower.endsWith('ss') ? last.slice(0, -1) : `${last} item`);
  return [...parts, one].join(' ');
}

/* ---------- values ---------- */

function diffValue(path: string[], a: unknown, b: unknown, out: FieldChange[]): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) return void out.push(leaf(path, 'added', a, b));
  if (b === undefined) return void out.push(leaf(path, 'removed', a, b));
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of unionKeys(a, b)) diffValue([...path, humanise(key)], own(a, key), own(b, key), out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && (a.some(isPlainObject) || b.some(isPlainObject))) {
    diffArray(path, a, b, out);
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b)) out.push(leaf(path, 'changed', a, b));
}

/** Items with ids are matched by id, so inserting a step reports one added step, not every later one changed. */
function diffArray(path: string[], a: readonly unknown[], b: readonly unknown[], out: FieldChange[]): void {
  const item = (i: number) => [...path.slice(0, -1), `${singular(path.at(-1) ?? 'item')} ${i + 1}`];
  const idOf = (v: unknown) => (isPlainObject(v) && typeof v.id === 'string' ? v.id : undefined);
  const keyed = a.every((v) => idOf(v) !== undefined) && b.every((v) => idOf(v) !== undefined);
  if (!keyed) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diffValue(item(i), a[i], b[i], out);
    return;
  }
  const oldIndex = new Map(a.map((v, i) => [idOf(v) as string, i]));
  const newIds = new Set(b.map((v) => idOf(v) as string));
  a.forEach((v, i) => {
    if (!newIds.has(idOf(v) as string)) out.push(leaf(item(i), 'removed', v, undefined));
  });
  b.forEach((v, i) => {
    const was = oldIndex.get(idOf(v) as string);
    if (was === undefined) out.push(leaf(item(i), 'added', undefined, v));
    else diffValue(item(i), a[was], v, out);
  });
  const keptOld = a.map((v) => idOf(v) as string).filter((id) => newIds.has(id));
  const keptNew = b.map((v) => idOf(v) as string).filter((id) => oldIndex.has(id));
  if (keptOld.join('\u0000') !== keptNew.join('\u0000')) {
    const where = path.join(' ');
    out.push({ path: where, change: 'reordered', text: `order of ${where} changed` });
  }
}

function leaf(path: string[], change: 'added' | 'removed' | 'changed', before: unknown, after: unknown): FieldChange {
  const where = path.join(' ') || 'content';
  const named = change === 'changed' ? undefined : nameOf(change === 'added' ? after : before);
  let text = `${where}${named ? ` '${named}'` : ''} ${change}`;
  if (change === 'changed' && isShort(before) && isShort(after)) text += ` from ${show(before)} to ${show(after)}`;
  if (change === 'added' && !named && isShort(after)) text += `: ${show(after)}`;
  return { path: where, change, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}), text };
}

function isShort(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= MAX_QUOTED && !/[\r\n]/.test(value);
  return typeof value === 'number' || typeof value === 'boolean' || value === null;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'nothing';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_QUOTED ? text : `${chars.slice(0, MAX_QUOTED - 1).join('')}…`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own fields only: a "__proto__" field must not read as Object.prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
