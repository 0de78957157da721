import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BiaPlan } from '../../../renderer/src/domain/bia/plan';
import { exportBiaCsv, importProcessesCsv, type ImportedProcess } from '../../../renderer/src/domain/csv/processCsv';
import { IMPACT_CATEGORIES, IMPACT_LEVELS, impactAssessmentSchema } from '../../../renderer/src/domain/impact';
import { makeObjectives } from '../../../renderer/src/domain/objectives';
import { AVAILABILITY_LEVELS, CONFIDENTIALITY_LEVELS, INTEGRITY_LEVELS, makeProcess } from '../../../renderer/src/domain/process';
import { TIME_POINTS } from '../../../renderer/src/domain/timePoints';
import { grid, PlanBuilder } from '../bia/plan.fixture';
import { distinctByName, nastyLine, nastyName, nastyText, optionalMinutes } from './csvArbitraries';

const level = fc.constantFrom(...IMPACT_LEVELS);
const row = fc.array(level, { minLength: 7, maxLength: 7 });

const processArb = fc
  .record({
    process: fc.record({
      name: nastyName,
      description: nastyText(200),
      owner: nastyText(60),
      deputy: nastyText(60),
      department: nastyText(60),
      peakPeriods: nastyText(60),
      minimumStaff: nastyText(60),
      minimumEquipment: nastyText(60),
      manualWorkaround: nastyText(200),
      obligations: nastyText(200),
      dataClassification: fc.record(
        {
          confidentiality: fc.constantFrom(...CONFIDENTIALITY_LEVELS),
          integrity: fc.constantFrom(...INTEGRITY_LEVELS),
          availability: fc.constantFrom(...AVAILABILITY_LEVELS),
        },
        { requiredKeys: [] },
      ),
    }),
    levels: fc.record({ financial: row, operational: row, legal: row, reputational: row, safety: row }),
    tolerableOverrides: fc.record({ financial: level, operational: level, legal: level, reputational: level, safety: level }, { requiredKeys: [] }),
    justifications: fc.array(fc.record({ category: fc.constantFrom(...IMPACT_CATEGORIES), timePoint: fc.constantFrom(...TIME_POINTS), text: nastyLine }), { maxLength: 4 }),
    objectives: fc.record({
      rtoMinutes: optionalMinutes,
      rpoMinutes: optionalMinutes,
      mbco: nastyText(100),
      mtpdOverrideMinutes: fc.option(fc.integer({ min: 1, max: 525_600 }), { nil: undefined }),
      mtpdOverrideReason: nastyText(100),
    }),
  })
  .map(({ process: fields, levels, tolerableOverrides, justifications, objectives }) => {
    const process = makeProcess(fields);
    const impact = impactAssessmentSchema.parse({
      id: crypto.randomUUID(),
      kind: 'impactAssessment',
      updatedAt: process.updatedAt,
      parentId: process.id,
      levels,
      tolerableOverrides,
      justifications,
    });
    return { process, impact, objectives: makeObjectives({ ...objectives, parentId: process.id }) };
  });

function planOf(rows: readonly ImportedProcess[]): BiaPlan {
  return {
    processes: rows.map((r) => r.process),
    assessments: rows.map((r) => r.impact),
    objectives: rows.map((r) => r.objectives),
    assets: [],
    vendors: [],
    contacts: [],
    dependencies: [],
  };
}

/** A row's content without record identity, keyed by process name (export order is the ranking, not the input order). */
function contentByName(rows: readonly ImportedProcess[]) {
  const strip = <T extends { id: string; updatedAt: string; parentId?: string }>({ id: _i, updatedAt: _u, parentId: _p, ...rest }: T) => rest;
  return new Map(rows.map((r) => [r.process.name, { process: strip(r.process), impact: strip(r.impact), objectives: strip(r.objectives) }]));
}

describe('BIA CSV round trip', () => {
  it('importing the export gives back the same processes, impact grids and objectives', () => {
    fc.assert(
      fc.property(distinctByName(processArb, (r) => r.process.name, 12), fc.boolean(), (rows, bom) => {
        const result = importProcessesCsv(exportBiaCsv(planOf(rows), { bom }));
        expect(result.errors).toEqual([]);
        expect(result.ignoredColumns).toEqual(['Top-five rank', 'Suggested MTPD (minutes)', 'Suggested MTPD reason', 'Tier']);
        expect(contentByName(result.rows)).toEqual(contentByName(rows));
        for (const r of result.rows) {
          expect(r.impact.parentId).toBe(r.process.id);
          expect(r.objectives.parentId).toBe(r.process.id);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('exportBiaCsv', () => {
  it('orders by the suggested ranking and adds the derived columns', () => {
    const b = new PlanBuilder()
      .process('Later', { levels: grid({ financial: [0, 0, 0, 3, 3, 3, 3] }), rtoMinutes: 480 })
      .process('Sooner', { levels: grid({ financial: [0, 3, 3, 3, 3, 3, 3] }), rtoMinutes: 60, rpoMinutes: 15 });
    const topFive = { id: crypto.randomUUID(), kind: 'topFiveSelection' as const, updatedAt: new Date().toISOString(), entries: [{ processId: b.id('Later'), reason: 'Biggest client' }] };
    const lines = exportBiaCsv(b.build({ topFive })).split('\r\n');
    expect(lines[1]).toMatch(/^"Sooner",/);
    expect(lines[1]).toMatch(/,"","240","Because financial impact reaches 3 \(severe\) at 4 h, above your tolerable level 2","mission-critical"$/);
    expect(lines[2]).toMatch(/^"Later",.*,"1","1440","Because financial impact reaches 3 \(severe\) at 24 h, above your tolerable level 2","business-critical"$/);
  });
});
