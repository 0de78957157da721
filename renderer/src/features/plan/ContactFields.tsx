import { Group, Stack } from '@mantine/core';
import { contactSchema, type Contact } from '../../domain/contact';
import { useTranslation } from '../../i18n';
import { AutoDurationField, AutoSelectField, AutoTextField } from './fields';
import { fieldId } from './focus';
import { useSaver } from './saver';


/** A person or role in the call tree, saved as the owner types. */
export function ContactFields({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const save = (patch: Partial<Contact>) => saver.update(contactSchema, contact.id, () => patch);
  const id = (field: string) => fieldId('contact', contact.id, field);
  const text = (field: keyof Contact & string, options: { required?: boolean; max?: number } = {}) => (
    <AutoTextField
      id={id(field)}
      label={t(`plan.contact.${field}`)}
      description={t(`plan.contact.${field}Help`)}
      value={String(contact[field] ?? '')}
      required={options.required}
      maxLength={options.max ?? 200}
      onSave={(v) => save({ [field]: v })}
    />
  );
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        {text('name', { required: true })}
        {text('role')}
      </Group>
      {text('organisation')}
      <Group grow align="flex-start">
        {text('primaryPhone', { max: 60 })}
        {text('backupPhone', { max: 60 })}
      </Group>
      <AutoTextField
        id={id('email')}
        label={t('plan.contact.email')}
        description={t('plan.contact.emailHelp')}
        value={contact.email}
        maxLength={200}
        validate={(v) => (contactSchema.shape.email.safeParse(v).success ? null : t('plan.contact.emailInvalid'))}
        onSave={(v) => save({ email: v })}
      />
      {text('availability', { max: 500 })}
      <Group grow align="flex-start">
        <AutoSelectField
          id={id('escalationLevel')}
          label={t('plan.contact.escalationLevel')}
          description={t('plan.contact.escalationLevelHelp')}
          value={String(contact.escalationLevel)}
          options={Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
          onSave={(v) => save({ escalationLevel: Number(v ?? 1) })}
        />
        <AutoDurationField
          id={id('escalateAfterMinutes')}
          label={t('plan.contact.escalateAfterMinutes')}
          description={t('plan.contact.escalateAfterMinutesHelp')}
          value={contact.escalateAfterMinutes}
          onSave={(v) => save({ escalateAfterMinutes: v ?? 15 })}
        />
      </Group>
    </Stack>
  );
}
