import { Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { BackupPanel } from './BackupPanel';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { EraseVault } from './EraseVault';
import { IdleLockSetting } from './IdleLockSetting';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('settings.title')}</Title>
      <section aria-labelledby="settings-security">
        <Title order={2} size="h3" id="settings-security" mb="sm">{t('settings.security')}</Title>
        <IdleLockSetting />
      </section>
      <Divider />
      <section aria-labelledby="settings-passphrase">
        <Title order={2} size="h3" id="settings-passphrase" mb="sm">{t('settings.changePassphrase')}</Title>
        <ChangePassphraseForm />
      </section>
      <Divider />
      <section aria-labelledby="settings-backup">
        <Title order={2} size="h3" id="settings-backup" mb="sm">{t('settings.backupTitle')}</Title>
        <BackupPanel />
      </section>
      <Divider />
      <section aria-labelledby="settings-erase">
        <Title order={2} size="h3" id="settings-erase" mb="sm">{t('settings.eraseTitle')}</Title>
        <EraseVault />
      </section>
    </Stack>
  );
}
