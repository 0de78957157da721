import { useCallback, useState, type FormEvent } from 'react';
import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { CentredPanel } from '../shared/CentredPanel';
import { userMessage } from '../shared/userMessage';
import { PassphraseFields, type PassphraseChoice } from './PassphraseFields';

/** After a recovery-key unlock the old passphrase is presumed lost, so a new one is required first. */
export function NewPassphraseScreen() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [choice, setChoice] = useState<PassphraseChoice>({ passphrase: '', acceptable: false });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onChange = useCallback((c: PassphraseChoice) => setChoice(c), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!choice.acceptable) return;
    setBusy(true);
    try {
      await store.vault.changePassphrase(choice.passphrase);
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <CentredPanel title={t('unlock.newPassphraseTitle')}>
      <Text>{t('unlock.newPassphraseIntro')}</Text>
      <form onSubmit={submit} noValidate>
        <PassphraseFields labels={{ passphrase: t('settings.newPassphrase'), confirm: t('settings.confirmPassphrase') }} onChange={onChange} showErrors={submitted} />
        {error && <Alert color="red" mt="md" role="alert">{error}</Alert>}
        <Button type="submit" mt="lg" loading={busy}>{t('unlock.newPassphraseSubmit')}</Button>
      </form>
    </CentredPanel>
  );
}
