import { Button, Fieldset, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { accountNumberSchema, supportContactSchema, vendorSchema, type Vendor } from '../../domain/vendor';
import { useTranslation } from '../../i18n';
import { AutoDurationField, AutoTextField } from './fields';
import { fieldId } from './focus';
import { useSaver } from './saver';

/** A third party: what it does for the business, the contract and SLA, and how to reach its support. */
export function VendorFields({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const save = (patch: Partial<Vendor>) => saver.update(vendorSchema, vendor.id, () => patch);
  const id = (field: string) => fieldId('vendor', vendor.id, field);
  const text = (field: keyof Vendor & string, options: { multiline?: boolean; required?: boolean; max?: number } = {}) => (
    <AutoTextField
      id={id(field)}
      label={t(`plan.vendor.${field}`)}
      description={t(`plan.vendor.${field}Help`)}
      value={String(vendor[field] ?? '')}
      required={options.required}
      maxLength={options.max ?? 1000}
      multiline={options.multiline}
      onSave={(v) => save({ [field]: v })}
    />
  );
  return (
    <Stack gap="sm">
      {text('name', { required: true, max: 200 })}
      {text('service', { multiline: true })}
      {text('contractReference', { max: 200 })}
      {text('slaSummary', { multiline: true, max: 2000 })}
      <Group grow align="flex-start">
        <AutoDurationField
          id={id('slaRtoMinutes')}
          label={t('plan.vendor.slaRtoMinutes')}
          description={t('plan.vendor.slaRtoMinutesHelp')}
          value={vendor.slaRtoMinutes}
          onSave={(v) => save({ slaRtoMinutes: v })}
        />
        <AutoDurationField
          id={id('slaRpoMinutes')}
          label={t('plan.vendor.slaRpoMinutes')}
          description={t('plan.vendor.slaRpoMinutesHelp')}
          value={vendor.slaRpoMinutes}
          onSave={(v) => save({ slaRpoMinutes: v })}
        />
      </Group>
      <SupportContacts vendor={vendor} />
      <AccountNumbers vendor={vendor} />
      {text('notes', { multiline: true, max: 4000 })}
    </Stack>
  );
}

function SupportContacts({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const form = useForm({
    initialValues: { label: '', phone: '', email: '', hours: '' },
    validate: {
      label: (v) => (v.trim() === '' ? t('plan.vendor.supportLabelRequired') : null),
      email: (v) => (supportContactSchema.shape.email.safeParse(v.trim()).success ? null : t('plan.contact.emailInvalid')),
    },
  });
  const submit = form.onSubmit((values) => {
    const entry = supportContactSchema.parse(values);
    void saver.update(vendorSchema, vendor.id, (v) => ({ supportContacts: [...v.supportContacts, entry] })).then(() => form.reset());
  });
  return (
    <Fieldset legend={t('plan.vendor.supportContacts')} id={fieldId('vendor', vendor.id, 'supportContacts')}>
      <Text size="sm" mb="xs">
        {t('plan.vendor.supportContactsHelp')}
      </Text>
      {vendor.supportContacts.length > 0 && (
        <List mb="sm">
          {vendor.supportContacts.map((c, i) => (
            <List.Item key={`${c.label}-${i}`}>
              <Group gap="xs">
                <Text size="sm">{[c.label, c.phone, c.email, c.hours].filter(Boolean).join(' · ')}</Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  aria-label={t('plan.vendor.removeSupport', { label: c.label })}
                  onClick={() => void saver.update(vendorSchema, vendor.id, (v) => ({ supportContacts: v.supportContacts.filter((_, j) => j !== i) }))}
                >
                  {t('plan.common.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="xs">
          <TextInput label={t('plan.vendor.supportLabel')} placeholder={t('plan.vendor.supportLabelExample')} {...form.getInputProps('label')} />
          <TextInput label={t('plan.vendor.supportPhone')} {...form.getInputProps('phone')} />
          <TextInput label={t('plan.vendor.supportEmail')} {...form.getInputProps('email')} />
          <TextInput label={t('plan.vendor.supportHours')} placeholder={t('plan.vendor.supportHoursExample')} {...form.getInputProps('hours')} />
          <Button type="submit" variant="light">
            {t('plan.vendor.addSupport')}
          </Button>
        </Group>
      </form>
    </Fieldset>
  );
}

function AccountNumbers({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const form = useForm({
    initialValues: { label: '', value: '' },
    validate: {
      label: (v) => (v.trim() === '' ? t('plan.vendor.accountLabelRequired') : null),
      value: (v) => (v.trim() === '' ? t('plan.vendor.accountValueRequired') : null),
    },
  });
  const submit = form.onSubmit((values) => {
    const entry = accountNumberSchema.parse(values);
    void saver.update(vendorSchema, vendor.id, (v) => ({ accountNumbers: [...v.accountNumbers, entry] })).then(() => form.reset());
  });
  return (
    <Fieldset legend={t('plan.vendor.accountNumbers')}>
      {vendor.accountNumbers.length > 0 && (
        <List mb="sm">
          {vendor.accountNumbers.map((a, i) => (
            <List.Item key={`${a.label}-${i}`}>
              <Group gap="xs">
                <Text size="sm">
                  {a.label}: {a.value}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  aria-label={t('plan.vendor.removeAccount', { label: a.label })}
                  onClick={() => void saver.update(vendorSchema, vendor.id, (v) => ({ accountNumbers: v.accountNumbers.filter((_, j) => j !== i) }))}
                >
                  {t('plan.common.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="xs">
          <TextInput label={t('plan.vendor.accountLabel')} placeholder={t('plan.vendor.accountLabelExample')} {...form.getInputProps('label')} />
          <TextInput label={t('plan.vendor.accountValue')} {...form.getInputProps('value')} />
          <Button type="submit" variant="light">
            {t('plan.vendor.addAccount')}
          </Button>
        </Group>
      </form>
    </Fieldset>
  );
}
