import type { TFunction } from 'i18next';
import type { CsvField } from '../../domain/csv/columns';
import { IMPACT_CATEGORIES, type ImpactCategory } from '../../domain/impact';
import { formatMinutes } from '../../domain/duration';

export type CsvKind = 'assets' | 'processes';

export type Decoded = { ok: true; text: string } | { ok: false; error: 'not-utf8' };

/** CSV files are read as UTF-8 (with or without BOM); anything else is refused with a way out. */
export function decodeCsv(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not-utf8' };
  }
}

export function encodeCsv(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** `asset-inventory-2025-01-31.csv` */
export function exportFileName(base: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${base}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

const OBJECTIVE_FIELDS = new Set(['rtoMinutes', 'rpoMinutes', 'mbco', 'mtpdOverrideMinutes', 'mtpdOverrideReason']);

/** The name of an import field in the owner's language; the domain's English label is the fallback. */
export function fieldLabel(t: TFunction, kind: CsvKind, field: CsvField<never>): string {
  const key = field.key;
  if (kind === 'assets') return t(`plan.csv.assetFields.${key}`, { defaultValue: t(`plan.asset.${key}`, { defaultValue: field.label }) });
  if (OBJECTIVE_FIELDS.has(key)) return t(`plan.objectivesShort.${key}`, { defaultValue: field.label });
  const impact = /^impact\.(\w+)\.(\d+)$/.exec(key);
  if (impact && IMPACT_CATEGORIES.includes(impact[1] as ImpactCategory)) {
    return t('plan.impact.cellLabel', { category: t(`plan.categories.${impact[1]}`), time: formatMinutes(Number(impact[2])) });
  }
  const tolerable = /^tolerable\.(\w+)$/.exec(key);
  if (tolerable) return t('plan.csv.tolerableField', { category: t(`plan.categories.${tolerable[1]}`) });
  if (key === 'justifications') return t('plan.csv.justificationsField');
  if (key === 'confidentiality' || key === 'integrity' || key === 'availability') return t(`plan.process.${key}`);
  return t(`plan.process.${key}`, { defaultValue: field.label });
}

export function isDetailField(kind: CsvKind, key: string): boolean {
  return kind === 'processes' && (key.startsWith('impact.') || key.startsWith('tolerable.') || key === 'justifications');
}
