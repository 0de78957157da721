import type { CellRead, CsvField } from './columns';
import { normaliseChoice } from './choiceCell';
import { parseDurationCell, unitFromHeader } from './durationCell';

interface FieldBase<Source> {
  key: string;
  header: string;
  label: string;
  aliases?: readonly string[];
  required?: boolean;
  path: readonly (string | number)[];
  get(source: Source): unknown;
}

const given = (cell: string): boolean => cell.trim() !== '';

/** Free text; the schema trims it and checks its length. */
export function textField<Source>(f: FieldBase<Source>): CsvField<Source> {
  return {
    ...f,
    read: (cell): CellRead => ({ value: given(cell) ? cell : undefined }),
    write: (source) => String(f.get(source) ?? ''),
  };
}

/** Whole minutes on export ("90"); on import also "1.5 h", "2 d", or bare numbers in the header's unit. */
export function durationField<Source>(f: FieldBase<Source>): CsvField<Source> {
  return {
    ...f,
    read: (cell, header): CellRead => {
      const minutes = parseDurationCell(cell, unitFromHeader(header));
      if (minutes !== undefined && Number.isNaN(minutes)) {
        return { error: `"${cell.trim()}" is not a duration. Write minutes (e.g. 90) or a number with a unit (e.g. 4 h, 2 d, 1 w).` };
      }
      return { value: minutes };
    },
    write: (source) => {
      const v = f.get(source);
      return typeof v === 'number' ? String(v) : '';
    },
  };
}

/** One of the schema's choices, spelled freely; the schema rejects what is not a choice. */
export function choiceField<Source>(f: FieldBase<Source> & { choiceAliases?: Readonly<Record<string, string>> }): CsvField<Source> {
  return {
    ...f,
    read: (cell): CellRead => ({ value: normaliseChoice(cell, f.choiceAliases) }),
    write: (source) => String(f.get(source) ?? ''),
  };
}

/** An impact or tolerance level, 0–4. */
export function levelField<Source>(f: FieldBase<Source>): CsvField<Source> {
  return {
    ...f,
    read: (cell): CellRead => {
      const text = cell.trim();
      if (text === '') return { value: undefined };
      if (!/^[0-4]$/.test(text)) return { error: `"${text}" is not an impact level. Use a whole number from 0 (none) to 4 (critical).` };
      return { value: Number(text) };
    },
    write: (source) => {
      const v = f.get(source);
      return typeof v === 'number' ? String(v) : '';
    },
  };
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Yes or no, written "yes"/"no"; blank leaves the answer unset. */
export function yesNoField<Source>(f: FieldBase<Source>): CsvField<Source> {
  return {
    ...f,
    read: (cell): CellRead => {
      const text = cell.trim().toLowerCase();
      if (text === '') return { value: undefined };
      if (YES.has(text)) return { value: true };
      if (NO.has(text)) return { value: false };
      return { error: `"${cell.trim()}" is not yes or no. Write yes, no, or leave it empty.` };
    },
    write: (source) => {
      const v = f.get(source);
      return v === true ? 'yes' : v === false ? 'no' : '';
    },
  };
}
