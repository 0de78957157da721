import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { getPlatform } from '../../platform';
import { userMessage } from '../shared/userMessage';

/**
 * Restores a .lifeboat file. The vault checks every byte before it writes anything, so a bad
 * file or a wrong passphrase leaves the plan on this computer exactly as it was.
 */
export function RestoreBackupForm({ onCancel, replacing = false }: { onCancel?: () => void; replacing?: boolean }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(!replacing);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose() {
    setError(null);
    const result = await getPlatform().openFile({ accept: ['.lifeboat'] });
    if (result.ok) setFile({ name: result.name, bytes: result.bytes });
    else if (result.reason !== 'cancelled') setError(t('errors.fileRead'));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file || !passphrase || !confirmed) return;
    setBusy(true);
    setError(null);
    try {
      await store.vault.importBackup(file.bytes, passphrase);
      notifications.show({ color: 'green', message: t('restore.done') });
      setPassphrase('');
      setFile(null);
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('restore.intro')}</Text>
        {replacing && <Alert color="orange" role="note">{t('settings.importWarning')}</Alert>}
        <Group>
          <Button variant="default" onClick={choose}>{t('restore.chooseFile')}</Button>
          {file && <Text>{t('restore.chosen', { name: file.name })}</Text>}
        </Group>
        <PasswordInput label={t('restore.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete="off" />
        {replacing && <Checkbox label={t('restore.replaceConfirm')} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="space-between">
          {onCancel ? <Button variant="subtle" onClick={onCancel} disabled={busy}>{t('restore.cancel')}</Button> : <span />}
          <Button type="submit" loading={busy} disabled={!file || !passphrase || !confirmed}>{t('restore.submit')}</Button>
        </Group>
        {busy && <Text size="sm" aria-live="polite">{t('restore.working')}</Text>}
      </Stack>
    </form>
  );
}
