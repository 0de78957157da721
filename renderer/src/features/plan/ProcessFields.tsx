import { Fieldset, Group, Stack } from '@mantine/core';
import { processSchema, type Process } from '../../domain/process';
import { useTranslation } from '../../i18n';
import { AutoSelectField, AutoTextField } from './fields';
import { fieldId } from './focus';
import { availabilityOptions, confidentialityOptions, integrityOptions } from './options';
import { useSaver } from './saver';

export type ProcessSection = 'basics' | 'people' | 'continuity' | 'data';

/** The process's own fields, saved as the owner types, grouped so the wizard can show a few at a time. */
export function ProcessFields({ process, sections }: { process: Process; sections: readonly ProcessSection[] }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const save = (patch: Partial<Process>) => saver.update(processSchema, process.id, () => patch);
  const id = (field: string) => fieldId('process', process.id, field);
  const text = (field: keyof Process & string, options: { multiline?: boolean; required?: boolean; max?: number } = {}) => (
    <AutoTextField
      key={field}
      id={id(field)}
      label={t(`plan.process.${field}`)}
      description={t(`plan.process.${field}Help`)}
      value={String(process[field] ?? '')}
      required={options.required}
      maxLength={options.max ?? 1000}
      multiline={options.multiline}
      onSave={(v) => save({ [field]: v })}
    />
  );
  const classification = process.dataClassification;
  return (
    <Stack gap="md">
      {sections.includes('basics') && (
        <Stack gap="sm">
          {text('name', { required: true, max: 200 })}
          {text('description', { multiline: true, max: 2000 })}
          {text('department', { max: 200 })}
          {text('peakPeriods')}
        </Stack>
      )}
      {sections.includes('people') && (
        <Group grow align="flex-start">
          {text('owner', { max: 200 })}
          {text('deputy', { max: 200 })}
        </Group>
      )}
      {sections.includes('continuity') && (
        <Stack gap="sm">
          {text('minimumStaff', { multiline: true })}
          {text('minimumEquipment', { multiline: true })}
          {text('manualWorkaround', { multiline: true, max: 4000 })}
        </Stack>
      )}
      {sections.includes('data') && (
        <Stack gap="sm">
          <Fieldset legend={t('plan.process.dataClassification')} variant="unstyled">
            <Group grow align="flex-start">
              <AutoSelectField
                id={id('confidentiality')}
                label={t('plan.process.confidentiality')}
                description={t('plan.process.confidentialityHelp')}
                value={classification.confidentiality}
                options={confidentialityOptions(t)}
                emptyLabel={t('plan.common.notDecided')}
                onSave={(v) => saver.update(processSchema, process.id, (p) => ({ dataClassification: { ...p.dataClassification, confidentiality: v } }))}
              />
              <AutoSelectField
                label={t('plan.process.integrity')}
                description={t('plan.process.integrityHelp')}
                value={classification.integrity}
                options={integrityOptions(t)}
                emptyLabel={t('plan.common.notDecided')}
                onSave={(v) => saver.update(processSchema, process.id, (p) => ({ dataClassification: { ...p.dataClassification, integrity: v } }))}
              />
              <AutoSelectField
                label={t('plan.process.availability')}
                description={t('plan.process.availabilityHelp')}
                value={classification.availability}
                options={availabilityOptions(t)}
                emptyLabel={t('plan.common.notDecided')}
                onSave={(v) => saver.update(processSchema, process.id, (p) => ({ dataClassification: { ...p.dataClassification, availability: v } }))}
              />
            </Group>
          </Fieldset>
          {text('obligations', { multiline: true, max: 4000 })}
        </Stack>
      )}
    </Stack>
  );
}
