import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { CentredPanel } from '../shared/CentredPanel';
import { CreateVaultForm } from './CreateVaultForm';
import { RestoreBackupForm } from './RestoreBackupForm';

type Mode = 'choose' | 'create' | 'restore';

/** First start on this computer: a new plan, or an existing one from a backup file. */
export function FirstRun({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('choose');
  if (mode === 'create') return <CreateVaultForm onCreated={onCreated} onBack={() => setMode('choose')} />;
  if (mode === 'restore') {
    return (
      <CentredPanel title={t('restore.title')}>
        <RestoreBackupForm onCancel={() => setMode('choose')} />
      </CentredPanel>
    );
  }
  return (
    <CentredPanel title={t('firstRun.title')}>
      <Text>{t('firstRun.intro')}</Text>
      <Stack>
        <Button size="md" onClick={() => setMode('create')}>{t('firstRun.create')}</Button>
        <Button size="md" variant="default" onClick={() => setMode('restore')}>{t('firstRun.restore')}</Button>
      </Stack>
    </CentredPanel>
  );
}
