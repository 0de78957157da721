import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { getPlatform } from '../../platform';
import { userMessage } from '../shared/userMessage';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { RestoreBackupForm } from '../access/RestoreBackupForm';

function backupFileName(now: Date): string {
  return `lifeboat-backup-${now.toISOString().slice(0, 10)}.lifeboat`;
}

export function BackupPanel() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportBackup() {
    setBusy(true);
    setError(null);
    try {
      const bytes = await store.vault.exportBackup();
      const result = await getPlatform().saveFile({ suggestedName: backupFileName(new Date()), bytes, mimeType: 'application/octet-stream' });
      if (result.ok) notifications.show({ color: 'green', message: t('settings.exported') });
      else if (result.reason !== 'cancelled') setError(saveFailureMessage(t, result.reason));
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={620}>
      <Text>{t('settings.backupIntro')}</Text>
      <Button onClick={exportBackup} loading={busy} w="fit-content">{t('settings.exportBackup')}</Button>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <RestoreBackupForm replacing />
    </Stack>
  );
}
