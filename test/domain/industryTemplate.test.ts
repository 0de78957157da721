import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveBia } from '../../renderer/src/domain/bia/derive';
import { suggestMtpd } from '../../renderer/src/domain/bia/mtpd';
import {
  chooseAll,
  industryTemplateSchema,
  instantiateTemplate,
  templateImpactGrid,
  type IndustryTemplate,
} from '../../renderer/src/domain/industryTemplate';
import { DEFAULT_TOLERABLE_LEVELS } from '../../renderer/src/domain/tolerance';

const dir = join(__dirname, '../../assets/templates');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const raw = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const load = (id: string): IndustryTemplate => industryTemplateSchema.parse(raw(`${id}.json`));

it('ships the required industries', () => {
  expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(
    expect.arrayContaining(['accounting-firm', 'medical-clinic', 'online-shop', 'professional-services', 'restaurant-cafe', 'retail-store', 'small-manufacturer']),
  );
});

describe.each(files)('%s', (file) => {
  it('parses with the template schema, and its id matches the file name', () => {
    const result = industryTemplateSchema.safeParse(raw(file));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.id).toBe(file.replace('.json', ''));
  });

  it('suggests an RTO below the MTPD its own impact profile gives, and every process has dependencies', () => {
    const t = industryTemplateSchema.parse(raw(file));
    for (const p of t.processes) {
      const mtpd = suggestMtpd(templateImpactGrid(p), DEFAULT_TOLERABLE_LEVELS);
      expect(mtpd, p.name).toBeDefined();
      expect(p.suggestedRtoMinutes, p.name).toBeLessThan(mtpd?.minutes ?? 0);
      expect(t.dependencies.some((d) => d.process === p.key), p.name).toBe(true);
    }
  });

  it('taking every suggestion gives a plan with no broken links or RTO/MTPD conflicts', () => {
    const t = industryTemplateSchema.parse(raw(file));
    const records = instantiateTemplate(t, chooseAll(t));
    expect(records.processes).toHaveLength(t.processes.length);
    expect(records.dependencies).toHaveLength(t.dependencies.length);
    const codes = deriveBia(records).warnings.map((w) => w.code);
    expect(codes).not.toContain('dependency-target-missing');
    expect(codes).not.toContain('rto-not-below-mtpd');
    expect(codes).not.toContain('process-without-owner');
  });
});

describe('the seed examples', () => {
  it('online shop: payment processing RTO 1 h / RPO 15 min', () => {
    const payment = load('online-shop').processes.find((p) => /payment processing/i.test(p.name));
    expect(payment).toMatchObject({ suggestedRtoMinutes: 60, suggestedRpoMinutes: 15 });
  });

  it('online shop: ecommerce website -> web server cluster (2 nodes), DB (Postgres Multi-AZ), payment gateway (third party), DNS', () => {
    const t = load('online-shop');
    const site = t.processes.find((p) => /ecommerce website/i.test(p.name));
    const names = new Map([...t.assets, ...t.vendors].map((x) => [x.key, x.name]));
    const targets = t.dependencies.filter((d) => d.process === site?.key).map((d) => names.get(d.target));
    for (const expected of [/web server cluster \(2 nodes\)/i, /postgres multi-az/i, /payment gateway \(third party\)/i, /^DNS$/]) {
      expect(targets.some((n) => n !== undefined && expected.test(n)), String(expected)).toBe(true);
    }
  });

  it('accounting firm: the on-premises accounting server, RTO 8 h / RPO 24 h', () => {
    const t = load('accounting-firm');
    const server = t.assets.find((a) => /on-premises accounting server/i.test(a.name));
    expect(server?.type).toBe('server');
    const users = t.dependencies.filter((d) => d.target === server?.key).map((d) => t.processes.find((p) => p.key === d.process));
    expect(users.some((p) => p?.suggestedRtoMinutes === 480 && p.suggestedRpoMinutes === 1440)).toBe(true);
  });
});

describe('instantiateTemplate', () => {
  const t = load('online-shop');
  it('adds only what was chosen, and links only chosen ends', () => {
    const records = instantiateTemplate(t, { processes: ['payment-processing'], assets: ['shop-database'], vendors: [], roles: [] });
    expect(records.processes.map((p) => p.name)).toEqual(['Payment processing']);
    expect(records.assets.map((a) => a.name)).toEqual(['DB (Postgres Multi-AZ)']);
    expect(records.vendors).toEqual([]);
    expect(records.dependencies).toHaveLength(1);
    expect(records.dependencies[0]).toMatchObject({ parentId: records.processes[0]?.id, targetType: 'asset', targetId: records.assets[0]?.id, required: true });
    expect(records.objectives[0]).toMatchObject({ parentId: records.processes[0]?.id, rtoMinutes: 60, rpoMinutes: 15 });
    expect(records.assessments[0]?.levels.financial).toEqual(t.processes.find((p) => p.key === 'payment-processing')?.impact.financial);
  });

  it('adds nothing when nothing is chosen', () => {
    const records = instantiateTemplate(t, { processes: [], assets: [], vendors: [], roles: [] });
    expect(Object.values(records).every((list) => list.length === 0)).toBe(true);
  });
});

describe('industryTemplateSchema rejects authoring slips', () => {
  const good = raw('online-shop.json') as IndustryTemplate;
  it.each([
    ['a duplicate key', { ...good, vendors: [...good.vendors, { ...good.vendors[0]!, key: good.assets[0]!.key }] }, /used twice \(asset and vendor\)/],
    ['a link to nothing', { ...good, dependencies: [...good.dependencies, { process: 'payment-processing', target: 'nope', required: true, note: '' }] }, /No asset, vendor or role "nope"/],
    ['a link from a non-process', { ...good, dependencies: [{ process: 'dns', target: 'courier', required: true, note: '' }] }, /No process "dns"/],
    ['a decreasing impact row', { ...good, processes: [{ ...good.processes[0]!, impact: { financial: [3, 2, 2, 2, 2, 2, 2] } }, ...good.processes.slice(1)] }, /may not decrease/],
    ['an unknown asset type', { ...good, assets: [{ ...good.assets[0]!, type: 'mainframe' }] }, /type/],
  ])('%s', (_name, doc, message) => {
    const result = industryTemplateSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toMatch(message);
  });
});
