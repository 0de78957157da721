import { Group, Stack } from '@mantine/core';
import { assetSchema, securitySystemGuess, type Asset } from '../../domain/asset';
import { useTranslation } from '../../i18n';
import { byName, useContacts } from './data';
import { AutoDurationField, AutoSelectField } from './fields';
import { assetTypeOptions, confidentialityOptions } from './options';
import { useRecordFields } from './recordFields';

/** Everything about one system, site, device or data store, saved as the owner types. */
export function AssetFields({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const contacts = byName(useContacts());
  const { save, id, text } = useRecordFields('asset', assetSchema, asset);
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        {text('name', { required: true, max: 200 })}
        <AutoSelectField id={id('type')} label={t('plan.asset.type')} value={asset.type} options={assetTypeOptions(t)} onSave={(v) => save({ type: v as Asset['type'] })} />
      </Group>
      {text('description', { multiline: true, max: 2000 })}
      <Group grow align="flex-start">
        {text('locationOrProvider', { max: 500 })}
        {text('owner', { max: 200 })}
      </Group>
      <AutoSelectField
        id={id('contactId')}
        label={t('plan.asset.contactId')}
        description={t('plan.asset.contactIdHelp')}
        value={asset.contactId}
        options={contacts.map((c) => ({ value: c.id, label: c.role && c.role !== c.name ? `${c.name} (${c.role})` : c.name }))}
        emptyLabel={t('plan.common.nobody')}
        onSave={(v) => save({ contactId: v })}
      />
      {text('redundancy', { multiline: true })}
      {text('backupMethod', { multiline: true })}
      <Group grow align="flex-start">
        <AutoDurationField
          id={id('achievableRtoMinutes')}
          label={t('plan.asset.achievableRtoMinutes')}
          description={t('plan.asset.achievableRtoMinutesHelp')}
          value={asset.achievableRtoMinutes}
          onSave={(v) => save({ achievableRtoMinutes: v })}
        />
        <AutoDurationField
          id={id('achievableRpoMinutes')}
          label={t('plan.asset.achievableRpoMinutes')}
          description={t('plan.asset.achievableRpoMinutesHelp')}
          value={asset.achievableRpoMinutes}
          onSave={(v) => save({ achievableRpoMinutes: v })}
        />
      </Group>
      <AutoSelectField
        id={id('confidentiality')}
        label={t('plan.asset.confidentiality')}
        description={t('plan.asset.confidentialityHelp')}
        value={asset.confidentiality}
        options={confidentialityOptions(t)}
        emptyLabel={t('plan.common.notDecided')}
        onSave={(v) => save({ confidentiality: v as Asset['confidentiality'] })}
      />
      <AutoSelectField
        id={id('securitySystem')}
        label={t('plan.asset.securitySystem')}
        description={t('plan.asset.securitySystemHelp')}
        value={asset.securitySystem === undefined ? undefined : asset.securitySystem ? 'yes' : 'no'}
        options={[
          { value: 'yes', label: t('plan.asset.securitySystemYes') },
          { value: 'no', label: t('plan.asset.securitySystemNo') },
        ]}
        emptyLabel={t(securitySystemGuess(asset) ? 'plan.asset.securitySystemGuessYes' : 'plan.asset.securitySystemGuessNo')}
        onSave={(v) => save({ securitySystem: v === undefined ? undefined : v === 'yes' })}
      />
    </Stack>
  );
}
