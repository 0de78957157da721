import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { CentredPanel } from '../shared/CentredPanel';
import { userMessage } from '../shared/userMessage';

/** Opening the plan, by passphrase or, when that is lost, by the recovery key from the safe. */
export function UnlockScreen({ lockedByIdle, onUnlocked }: { lockedByIdle: boolean; onUnlocked: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!secret) return;
    setBusy(true);
    setError(null);
    try {
      if (useRecovery) await store.vault.unlockWithRecoveryKey(secret);
      else await store.vault.unlock(secret);
      onUnlocked();
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  function switchMode() {
    setUseRecovery(!useRecovery);
    setSecret('');
    setError(null);
  }

  return (
    <CentredPanel title={t('unlock.title')}>
      {lockedByIdle && <Alert color="blue" role="status">{t('unlock.lockedIdle')}</Alert>}
      <form onSubmit={submit} noValidate>
        <Stack>
          {useRecovery ? (
            <TextInput label={t('unlock.recoveryKey')} value={secret} onChange={(e) => setSecret(e.currentTarget.value)} autoComplete="off" spellCheck={false} data-autofocus autoFocus />
          ) : (
            <PasswordInput label={t('unlock.passphrase')} value={secret} onChange={(e) => setSecret(e.currentTarget.value)} autoComplete="current-password" autoFocus />
          )}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Button type="submit" size="md" loading={busy}>{useRecovery ? t('unlock.recoverySubmit') : t('unlock.submit')}</Button>
          {busy && <Text size="sm" aria-live="polite">{t('unlock.working')}</Text>}
          <Anchor component="button" type="button" onClick={switchMode}>
            {useRecovery ? t('unlock.usePassphrase') : t('unlock.useRecovery')}
          </Anchor>
        </Stack>
      </form>
    </CentredPanel>
  );
}
