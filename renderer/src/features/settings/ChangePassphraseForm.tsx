import { useCallback, useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { PassphraseFields, type PassphraseChoice } from '../access/PassphraseFields';

/**
 * Asks for the current passphrase first, so someone at an unlocked, unattended computer cannot
 * take the plan over. Only the data key is re-wrapped, so this is quick whatever the plan's size.
 */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [current, setCurrent] = useState('');
  const [choice, setChoice] = useState<PassphraseChoice>({ passphrase: '', acceptable: false });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const onChange = useCallback((c: PassphraseChoice) => setChoice(c), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!choice.acceptable || !current) return;
    setBusy(true);
    setError(null);
    try {
      if (!(await store.vault.verifyPassphrase(current))) {
        setError(t('errors.wrong-passphrase'));
        return;
      }
      await store.vault.changePassphrase(choice.passphrase);
      notifications.show({ color: 'green', message: t('settings.changed') });
      setCurrent('');
      setSubmitted(false);
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={520}>
        <PasswordInput label={t('settings.currentPassphrase')} value={current} onChange={(e) => setCurrent(e.currentTarget.value)} autoComplete="current-password" />
        <PassphraseFields key={generation} labels={{ passphrase: t('settings.newPassphrase'), confirm: t('settings.confirmPassphrase') }} onChange={onChange} showErrors={submitted} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Button type="submit" loading={busy} w="fit-content">{t('settings.changeSubmit')}</Button>
      </Stack>
    </form>
  );
}
