import type { RowError } from './rowError';

export type CellRead = { value: unknown } | { error: string };

/**
 * One importable/exportable column: how it is headed, where its value goes in the entity, how a
 * cell is read into that value and how the entity's value is written back. Export writes `header`,
 * and import matches `header` first, so an exported file maps itself on the way back in.
 */
export interface CsvField<Source> {
  key: string;
  header: string;
  /** How messages name the field, e.g. "Type". */
  label: string;
  /** Other headers that mean this field, e.g. "hostname" for an asset's name. */
  aliases?: readonly string[];
  required?: boolean;
  /** Where the value goes in the row's draft entity; zod issues on this path are reported against this column. */
  path: readonly (string | number)[];
  /** Reads a cell (already un-guarded); value undefined means "not given". */
  read(cell: string, header: string): CellRead;
  write(source: Source): string;
}

/** Step 2 of an import: for each target field, the index of the file column it reads from (null = not imported). */
export type ColumnMapping = Record<string, number | null>;

/**
 * Compares headers by their words only: case, spacing, punctuation and a parenthesised unit are
 * ignored, so "Achievable RTO (minutes)", "achievable_rto" and "Achievable RTO" all match.
 */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Auto-suggests a mapping from the file's header; the user adjusts it before validating. Exact
 * header names are matched before aliases, so "Name" wins over "Asset" for the name field.
 */
export function suggestMapping(header: readonly string[], fields: readonly CsvField<never>[]): ColumnMapping {
  const exact = new Map<string, string>();
  const alias = new Map<string, string>();
  for (const f of fields) {
    exact.set(normaliseHeader(f.header), f.key);
    for (const a of f.aliases ?? []) if (!alias.has(normaliseHeader(a))) alias.set(normaliseHeader(a), f.key);
  }
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f.key, null]));
  const taken = new Set<number>();
  for (const names of [exact, alias]) {
    header.forEach((h, column) => {
      const key = names.get(normaliseHeader(h));
      if (key !== undefined && mapping[key] === null && !taken.has(column)) {
        mapping[key] = column;
        taken.add(column);
      }
    });
  }
  return mapping;
}

export function columnName(header: readonly string[], column: number): string {
  const h = header[column]?.trim();
  return h ? h : `Column ${column + 1}`;
}

/** A mapping the import can use: required fields mapped, indexes inside the file, no column read twice. */
export function checkMapping(mapping: ColumnMapping, header: readonly string[], fields: readonly CsvField<never>[]): RowError[] {
  const errors: RowError[] = [];
  const usedBy = new Map<number, string>();
  for (const f of fields) {
    const column = mapping[f.key];
    if (column === null || column === undefined) {
      if (f.required) errors.push({ line: 1, field: f.key, code: 'missing-column', message: `No column is chosen for "${f.label}", which is required.` });
      continue;
    }
    if (!Number.isInteger(column) || column < 0 || column >= header.length) {
      errors.push({ line: 1, field: f.key, code: 'bad-mapping', message: `"${f.label}" is mapped to a column the file does not have.` });
      continue;
    }
    const other = usedBy.get(column);
    if (other !== undefined) {
      errors.push({ line: 1, field: f.key, column: columnName(header, column), code: 'bad-mapping', message: `This column is chosen for both "${other}" and "${f.label}".` });
    } else usedBy.set(column, f.label);
  }
  return errors;
}

/** Columns nobody reads, for the preview to list as "ignored". */
export function ignoredColumns(mapping: ColumnMapping, header: readonly string[]): string[] {
  const used = new Set(Object.values(mapping).filter((c): c is number => c !== null));
  return header.map((_, i) => i).filter((i) => !used.has(i)).map((i) => columnName(header, i));
}
