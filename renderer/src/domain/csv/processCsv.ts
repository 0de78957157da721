import { z } from 'zod';
import { deriveBia } from '../bia/derive';
import { describeMtpdReason } from '../bia/mtpd';
import type { BiaPlan } from '../bia/plan';
import {
  IMPACT_ASSESSMENT_KIND,
  IMPACT_CATEGORIES,
  carryForward,
  impactAssessmentSchema,
  type ImpactAssessment,
  type ImpactCategory,
  type ImpactJustification,
  type ImpactLevel,
} from '../impact';
import { OBJECTIVES_KIND, objectivesSchema, type Objectives } from '../objectives';
import { PROCESS_KIND, processSchema, type Process } from '../process';
import { criticalRank } from '../topFive';
import { TIME_POINTS, formatDuration, isTimePoint } from '../timePoints';
import { suggestMapping, normaliseHeader, type CellRead, type ColumnMapping, type CsvField } from './columns';
import { parseDurationCell } from './durationCell';
import { choiceField, durationField, levelField, textField } from './fieldTypes';
import { importRows, type CsvImportResult, type ImportOptions, type ImportSpec } from './importRows';
import { parseCsv, type ParsedCsv } from './parseCsv';
import { writeCsv, type CsvExportOptions, type ExportColumn } from './writeCsv';

/** One row of the BIA table: a process with its impact grid and objectives. */
export interface BiaCsvRow {
  process: Process;
  impact?: ImpactAssessment;
  objectives?: Objectives;
}

/** What a process import yields per row: always all three records, linked by parentId. */
export interface ImportedProcess {
  process: Process;
  impact: ImpactAssessment;
  objectives: Objectives;
}

export const importedProcessSchema = z.object({ process: processSchema, impact: impactAssessmentSchema, objectives: objectivesSchema });

const CATEGORY_HEADERS: Record<ImpactCategory, string> = {
  financial: 'Financial',
  operational: 'Operational',
  legal: 'Legal/regulatory',
  reputational: 'Reputational',
  safety: 'Health & safety',
};

const CATEGORY_BY_WORD = new Map<string, ImpactCategory>([
  ...IMPACT_CATEGORIES.map((c) => [normaliseHeader(CATEGORY_HEADERS[c]), c] as const),
  ...IMPACT_CATEGORIES.map((c) => [c, c] as const),
  ['regulatory', 'legal'],
  ['healthandsafety', 'safety'],
  ['hs', 'safety'],
]);

const LEVEL_ALIASES: Record<string, string> = { lo: 'low', med: 'medium', mid: 'medium', hi: 'high' };
const CONFIDENTIALITY_ALIASES: Record<string, string> = { sensitive: 'confidential', private: 'confidential', secret: 'restricted' };

const text = (key: keyof Process & string, header: string, aliases: string[] = [], required = false) =>
  textField<BiaCsvRow>({ key, header, label: header, aliases, required, path: ['process', key], get: (r) => r.process[key] });

const impactCells: CsvField<BiaCsvRow>[] = IMPACT_CATEGORIES.flatMap((category) =>
  TIME_POINTS.map((point, i) =>
    levelField<BiaCsvRow>({
      key: `impact.${category}.${point}`,
      header: `${CATEGORY_HEADERS[category]} @ ${formatDuration(point)}`,
      label: `${CATEGORY_HEADERS[category]} impact at ${formatDuration(point)}`,
      path: ['impact', 'levels', category, i],
      get: (r) => r.impact?.levels[category][i],
    }),
  ),
);

const toleranceCells: CsvField<BiaCsvRow>[] = IMPACT_CATEGORIES.map((category) =>
  levelField<BiaCsvRow>({
    key: `tolerable.${category}`,
    header: `Tolerable ${CATEGORY_HEADERS[category].toLowerCase()}`,
    label: `Tolerable ${CATEGORY_HEADERS[category].toLowerCase()} level`,
    path: ['impact', 'tolerableOverrides', category],
    get: (r) => r.impact?.tolerableOverrides[category],
  }),
);

/** "Financial @ 8 h: lost orders", one per line: readable in a spreadsheet cell and exact on the way back. */
function writeJustifications(list: readonly ImpactJustification[]): string {
  return list.map((j) => `${CATEGORY_HEADERS[j.category]} @ ${formatDuration(j.timePoint)}: ${j.text}`).join('\n');
}

function readJustifications(cell: string): CellRead {
  const out: { category: ImpactCategory; timePoint: number; text: string }[] = [];
  for (const raw of cell.split(/\r\n|\n|\r/)) {
    if (raw.trim() === '') continue;
    const m = /^(.+?)\s*@\s*(.+?)\s*:\s?(.*)$/s.exec(raw.trim()); // s: a note may hold U+2028, which "." would not match
    const category = m ? CATEGORY_BY_WORD.get(normaliseHeader(m[1] ?? '')) : undefined;
    const minutes = m ? parseDurationCell(m[2] ?? '', 'minutes') : undefined;
    if (!m || category === undefined || minutes === undefined || !isTimePoint(minutes)) {
      return { error: `Could not read the note "${raw.trim()}". Write each note on its own line as "Financial @ 8 h: why".` };
    }
    out.push({ category, timePoint: minutes, text: m[3] ?? '' });
  }
  return { value: out.length > 0 ? out : undefined };
}

/** The BIA table columns, in export order. */
export const PROCESS_CSV_FIELDS: readonly CsvField<BiaCsvRow>[] = [
  text('name', 'Process', ['name', 'process name', 'service', 'business process', 'critical service', 'activity'], true),
  text('description', 'Description', ['what it is', 'details']),
  text('owner', 'Owner', ['process owner', 'service owner', 'responsible']),
  text('deputy', 'Deputy', ['backup owner', 'deputy owner', 'alternate']),
  text('department', 'Department', ['team', 'function', 'business unit']),
  text('peakPeriods', 'Peak periods', ['peak', 'busy periods']),
  text('minimumStaff', 'Minimum staff', ['staff', 'minimum people']),
  text('minimumEquipment', 'Minimum equipment', ['equipment']),
  text('manualWorkaround', 'Manual workaround', ['workaround', 'manual process']),
  choiceField<BiaCsvRow>({ key: 'confidentiality', header: 'Confidentiality', label: 'Confidentiality', path: ['process', 'dataClassification', 'confidentiality'], get: (r) => r.process.dataClassification.confidentiality, choiceAliases: CONFIDENTIALITY_ALIASES }),
  choiceField<BiaCsvRow>({ key: 'integrity', header: 'Integrity', label: 'Integrity', path: ['process', 'dataClassification', 'integrity'], get: (r) => r.process.dataClassification.integrity, choiceAliases: LEVEL_ALIASES }),
  choiceField<BiaCsvRow>({ key: 'availability', header: 'Availability', label: 'Availability', path: ['process', 'dataClassification', 'availability'], get: (r) => r.process.dataClassification.availability, choiceAliases: LEVEL_ALIASES }),
  text('obligations', 'Legal, regulatory and contractual obligations', ['obligations', 'legal obligations', 'regulatory obligations', 'compliance']),
  durationField<BiaCsvRow>({ key: 'rtoMinutes', header: 'RTO (minutes)', label: 'RTO', aliases: ['recovery time objective'], path: ['objectives', 'rtoMinutes'], get: (r) => r.objectives?.rtoMinutes }),
  durationField<BiaCsvRow>({ key: 'rpoMinutes', header: 'RPO (minutes)', label: 'RPO', aliases: ['recovery point objective'], path: ['objectives', 'rpoMinutes'], get: (r) => r.objectives?.rpoMinutes }),
  textField<BiaCsvRow>({ key: 'mbco', header: 'MBCO', label: 'MBCO', aliases: ['minimum business continuity objective', 'minimum service level'], path: ['objectives', 'mbco'], get: (r) => r.objectives?.mbco }),
  durationField<BiaCsvRow>({ key: 'mtpdOverrideMinutes', header: 'MTPD override (minutes)', label: 'MTPD override', aliases: ['mtpd', 'maximum tolerable period of disruption', 'mtd'], path: ['objectives', 'mtpdOverrideMinutes'], get: (r) => r.objectives?.mtpdOverrideMinutes }),
  textField<BiaCsvRow>({ key: 'mtpdOverrideReason', header: 'MTPD override reason', label: 'MTPD override reason', path: ['objectives', 'mtpdOverrideReason'], get: (r) => r.objectives?.mtpdOverrideReason }),
  ...impactCells,
  ...toleranceCells,
  {
    key: 'justifications',
    header: 'Impact notes',
    label: 'Impact notes',
    aliases: ['justification', 'justifications', 'impact justification'],
    path: ['impact', 'justifications'],
    read: readJustifications,
    write: (r) => writeJustifications(r.impact?.justifications ?? []),
  },
];

/** Blank impact cells take the level before them (carry-forward); a category with no cells at all is rated 0. */
function finishDraft(draft: Record<string, unknown>): void {
  const impact = draft.impact as { levels?: Partial<Record<ImpactCategory, (ImpactLevel | undefined)[]>> };
  const levels = impact.levels ?? {};
  impact.levels = Object.fromEntries(IMPACT_CATEGORIES.map((c) => [c, carryForward((levels[c] ?? []) as ImpactLevel[])]));
}

const processSpec: ImportSpec<ImportedProcess, BiaCsvRow> = {
  fields: PROCESS_CSV_FIELDS,
  schema: importedProcessSchema,
  newDraft: (id, now) => {
    const processId = id();
    return {
      process: { id: processId, kind: PROCESS_KIND, updatedAt: now },
      impact: { id: id(), kind: IMPACT_ASSESSMENT_KIND, updatedAt: now, parentId: processId },
      objectives: { id: id(), kind: OBJECTIVES_KIND, updatedAt: now, parentId: processId },
    };
  },
  finish: finishDraft,
  nameField: 'name',
  noun: 'process',
};

export function suggestProcessMapping(header: readonly string[]): ColumnMapping {
  return suggestMapping(header, PROCESS_CSV_FIELDS);
}

export function validateProcessRows(parsed: ParsedCsv, mapping: ColumnMapping, options: Omit<ImportOptions, 'mapping'> = {}): CsvImportResult<ImportedProcess> {
  return importRows(parsed, mapping, processSpec, options);
}

/** The whole import preview in one call: parse, map (suggested unless given), validate. */
export function importProcessesCsv(text: string, options: ImportOptions = {}): CsvImportResult<ImportedProcess> {
  const parsed = parseCsv(text);
  return validateProcessRows(parsed, options.mapping ?? suggestProcessMapping(parsed.header), options);
}

interface ExportRow extends BiaCsvRow {
  rank: number | undefined;
  suggestedMtpd: number | undefined;
  reason: string;
  tier: string;
}

/**
 * Read-only columns for the reader of the spreadsheet (an auditor, a manager). Their headers match
 * no import field, so a re-import ignores them instead of taking a derived value for a typed one.
 */
const DERIVED_COLUMNS: ExportColumn<ExportRow>[] = [
  { header: 'Top-five rank', write: (r) => (r.rank === undefined ? '' : String(r.rank)) },
  { header: 'Suggested MTPD (minutes)', write: (r) => (r.suggestedMtpd === undefined ? '' : String(r.suggestedMtpd)) },
  { header: 'Suggested MTPD reason', write: (r) => r.reason },
  { header: 'Tier', write: (r) => r.tier },
];

/** The BIA table of the plan, in suggested ranking order, with its derived columns last. */
export function exportBiaCsv(plan: BiaPlan, options: CsvExportOptions = {}): string {
  const derived = deriveBia(plan);
  const { index } = derived;
  const rows: ExportRow[] = [];
  for (const candidate of derived.ranking) {
    const process = index.processById.get(candidate.processId);
    if (!process) continue;
    const suggestion = derived.mtpdByProcess.get(process.id)?.suggestion;
    rows.push({
      process,
      impact: index.assessmentByProcess.get(process.id),
      objectives: index.objectivesByProcess.get(process.id),
      rank: criticalRank(plan.topFive, process.id),
      suggestedMtpd: suggestion?.minutes,
      reason: suggestion ? describeMtpdReason(suggestion.reason) : '',
      tier: derived.tierByProcess.get(process.id) ?? '',
    });
  }
  return writeCsv<ExportRow>([...PROCESS_CSV_FIELDS, ...DERIVED_COLUMNS], rows, options);
}
