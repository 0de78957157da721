import type { z } from 'zod';
import { checkMapping, columnName, ignoredColumns, type ColumnMapping, type CsvField } from './columns';
import { unguardFormula } from './formulaGuard';
import { issueMessage } from './issueMessage';
import type { ParsedCsv } from './parseCsv';
import type { RowError } from './rowError';

/** Step 3 of an import: the entities that passed, and every problem with its line. Nothing is saved here. */
export interface CsvImportResult<T> {
  rows: T[];
  /** File line of each entry in rows, for the preview. */
  rowLines: number[];
  errors: RowError[];
  header: string[];
  mapping: ColumnMapping;
  ignoredColumns: string[];
  /** Data records in the file, including the ones with errors. */
  recordCount: number;
}

export interface ImportOptions {
  /** Overrides the suggested mapping (the user's adjustments). */
  mapping?: ColumnMapping;
  now?: Date;
  newId?: () => string;
  /** Names already in the plan, so a re-import reports them instead of duplicating them. */
  existingNames?: Iterable<string>;
}

export interface ImportSpec<Entity, Source> {
  fields: readonly CsvField<Source>[];
  schema: z.ZodType<Entity>;
  /** A fresh draft with ids, kind and timestamps filled in. */
  newDraft(id: () => string, now: string): Record<string, unknown>;
  /** Completes a draft after its cells are read (e.g. fills impact cells that were left blank). */
  finish?(draft: Record<string, unknown>): void;
  /** The field holding the name that must be unique within the file and the plan. */
  nameField: string;
  /** What one row is called in messages: "asset", "process". */
  noun: string;
}

function setPath(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    let next = node[key];
    if (typeof next !== 'object' || next === null) {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[key] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  node[path[path.length - 1] as string | number] = value;
}

/** Names compare as people read them: case and surrounding spaces do not make a new name. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('en');
}

/**
 * Maps, reads and validates every row with the entity's zod schema. A row is either an entity in
 * `rows` or at least one error in `errors`, never both; the UI commits only when errors is empty.
 */
export function importRows<Entity, Source>(parsed: ParsedCsv, mapping: ColumnMapping, spec: ImportSpec<Entity, Source>, options: ImportOptions = {}): CsvImportResult<Entity> {
  const { header } = parsed;
  const result: CsvImportResult<Entity> = {
    rows: [],
    rowLines: [],
    errors: [...parsed.errors],
    header,
    mapping,
    ignoredColumns: header.length > 0 ? ignoredColumns(mapping, header) : [],
    recordCount: parsed.recordCount,
  };
  if (header.length === 0) return result;
  const mappingErrors = checkMapping(mapping, header, spec.fields as readonly CsvField<never>[]);
  if (mappingErrors.length > 0) {
    result.errors.unshift(...mappingErrors);
    return result;
  }
  const mapped = spec.fields.flatMap((field) => {
    const column = mapping[field.key];
    return column === null || column === undefined ? [] : [{ field, column, columnHeader: columnName(header, column) }];
  });
  const byPath = new Map(mapped.map((m) => [m.field.path.join('.'), m]));
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = (options.now ?? new Date()).toISOString();
  const existing = new Set([...(options.existingNames ?? [])].map(nameKey));
  const firstLineOfName = new Map<string, number>();
  const nameColumn = mapped.find((m) => m.field.key === spec.nameField);

  const rowErrors: RowError[] = [];
  for (const row of parsed.rows) {
    const draft = spec.newDraft(newId, now);
    const cellText = new Map<string, string>();
    const badFields = new Set<string>();
    const errorsBefore = rowErrors.length;
    for (const { field, column, columnHeader } of mapped) {
      const cell = unguardFormula(row.cells[column] ?? '');
      cellText.set(field.key, cell);
      const read = field.read(cell, columnHeader);
      if ('error' in read) {
        badFields.add(field.key);
        rowErrors.push({ line: row.line, column: columnHeader, field: field.key, code: 'invalid-value', message: read.error });
      } else if (read.value !== undefined) setPath(draft, field.path, read.value);
    }
    spec.finish?.(draft);
    const parsedRow = spec.schema.safeParse(draft);
    if (!parsedRow.success) {
      for (const issue of parsedRow.error.issues) {
        const match = findField(byPath, issue.path);
        if (match && badFields.has(match.field.key)) continue;
        badFields.add(match?.field.key ?? '');
        rowErrors.push({
          line: row.line,
          column: match?.columnHeader,
          field: match?.field.key,
          code: 'invalid-value',
          message: issueMessage(issue, match?.field.label ?? issue.path.join('.'), match ? cellText.get(match.field.key) : undefined),
        });
      }
    }
    // Duplicates are judged on the name as written, even in a row with other errors, so fixing
    // those errors later cannot reveal a clash the preview never mentioned.
    const name = (cellText.get(spec.nameField) ?? '').trim();
    const key = nameKey(name);
    const earlier = firstLineOfName.get(key);
    if (name !== '' && (earlier !== undefined || existing.has(key))) {
      rowErrors.push({
        line: row.line,
        column: nameColumn?.columnHeader,
        field: spec.nameField,
        code: 'duplicate',
        message:
          earlier !== undefined
            ? `"${name}" appears more than once (first on line ${earlier}). Each ${spec.noun} needs its own name.`
            : `"${name}" is already in your plan. Rename it, or remove the row.`,
      });
    } else if (name !== '') firstLineOfName.set(key, row.line);
    if (rowErrors.length > errorsBefore || !parsedRow.success) continue;
    const entity = parsedRow.data;
    result.rows.push(entity);
    result.rowLines.push(row.line);
  }
  // File order: by line, then left to right, so the list reads like the spreadsheet.
  const columnOrder = new Map(mapped.map((m) => [m.field.key, m.column]));
  const position = (e: RowError) => (e.field === undefined ? -1 : (columnOrder.get(e.field) ?? -1));
  result.errors = [...result.errors, ...rowErrors].sort((a, b) => a.line - b.line || position(a) - position(b));
  return result;
}

type Mapped<Source> = { field: CsvField<Source>; column: number; columnHeader: string };

/** The field whose path is the longest prefix of the issue's path. */
function findField<Source>(byPath: ReadonlyMap<string, Mapped<Source>>, path: readonly PropertyKey[]): Mapped<Source> | undefined {
  for (let n = path.length; n > 0; n--) {
    const hit = byPath.get(path.slice(0, n).map(String).join('.'));
    if (hit) return hit;
  }
  return undefined;
}
