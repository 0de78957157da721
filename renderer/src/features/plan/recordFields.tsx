import type { z } from 'zod';
import type { PlanRecord } from '../../domain/record';
import { useTranslation } from '../../i18n';
import { AutoTextField } from './fields';
import { fieldId } from './focus';
import { useSaver } from './saver';

export interface TextFieldOptions {
  multiline?: boolean;
  required?: boolean;
  /** Characters; 1000 unless said. */
  max?: number;
}

/**
 * What a record's field editor shares: a patch that saves at once, the ids a review finding
 * focuses, and a text field labelled by `plan.<entity>.<field>` with its help at `<field>Help`.
 */
export function useRecordFields<T extends PlanRecord>(entity: string, schema: z.ZodType<T>, record: T) {
  const { t } = useTranslation();
  const saver = useSaver();
  const save = (patch: Partial<T>) => saver.update(schema, record.id, () => patch);
  const id = (field: string) => fieldId(entity, record.id, field);
  const text = (field: keyof T & string, options: TextFieldOptions = {}) => (
    <AutoTextField
      id={id(field)}
      label={t(`plan.${entity}.${field}`)}
      description={t(`plan.${entity}.${field}Help`)}
      value={String(record[field] ?? '')}
      required={options.required}
      maxLength={options.max ?? 1000}
      multiline={options.multiline}
      onSave={(v) => save({ [field]: v } as Partial<T>)}
    />
  );
  return { save, id, text };
}
