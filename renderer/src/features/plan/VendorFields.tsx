import { Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { accountNumberSchema, supportContactSchema, vendorSchema, type Vendor } from '../../domain/vendor';
import { useTranslation } from '../../i18n';
import { EntryListFieldset } from './EntryListFieldset';
import { AutoDurationField } from './fields';
import { fieldId } from './focus';
import { useRecordFields } from './recordFields';
import { useSaver } from './saver';

/** A third party: what it does for the business, the contract and SLA, and how to reach its support. */
export function VendorFields({ vendor }: { vendor: Vendor }) {
  const { t } = useTranslation();
  const { save, id, text } = useRecordFields('vendor', vendorSchema, vendor);
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
    <EntryListFieldset
      legend={t('plan.vendor.supportContacts')}
      id={fieldId('vendor', vendor.id, 'supportContacts')}
      help={t('plan.vendor.supportContactsHelp')}
      entries={vendor.supportContacts}
      describe={(c) => [c.label, c.phone, c.email, c.hours].filter(Boolean).join(' · ')}
      removeLabel={(c) => t('plan.vendor.removeSupport', { label: c.label })}
      onRemove={(i) => void saver.update(vendorSchema, vendor.id, (v) => ({ supportContacts: v.supportContacts.filter((_, j) => j !== i) }))}
      onSubmit={submit}
      inputs={
        <>
          <TextInput label={t('plan.vendor.supportLabel')} placeholder={t('plan.vendor.supportLabelExample')} {...form.getInputProps('label')} />
          <TextInput label={t('plan.vendor.supportPhone')} {...form.getInputProps('phone')} />
          <TextInput label={t('plan.vendor.supportEmail')} {...form.getInputProps('email')} />
          <TextInput label={t('plan.vendor.supportHours')} placeholder={t('plan.vendor.supportHoursExample')} {...form.getInputProps('hours')} />
        </>
      }
      addLabel={t('plan.vendor.addSupport')}
    />
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
    <EntryListFieldset
      legend={t('plan.vendor.accountNumbers')}
      entries={vendor.accountNumbers}
      describe={(a) => (
        <>
          {a.label}: {a.value}
        </>
      )}
      removeLabel={(a) => t('plan.vendor.removeAccount', { label: a.label })}
      onRemove={(i) => void saver.update(vendorSchema, vendor.id, (v) => ({ accountNumbers: v.accountNumbers.filter((_, j) => j !== i) }))}
      onSubmit={submit}
      inputs={
        <>
          <TextInput label={t('plan.vendor.accountLabel')} placeholder={t('plan.vendor.accountLabelExample')} {...form.getInputProps('label')} />
          <TextInput label={t('plan.vendor.accountValue')} {...form.getInputProps('value')} />
        </>
      }
      addLabel={t('plan.vendor.addAccount')}
    />
  );
}
