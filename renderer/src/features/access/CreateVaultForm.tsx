import { useCallback, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { CentredPanel } from '../shared/CentredPanel';
import { userMessage } from '../shared/userMessage';
import { PassphraseFields, type PassphraseChoice } from './PassphraseFields';

export function CreateVaultForm({ onCreated, onBack }: { onCreated: (recoveryKey: string) => void; onBack: () => void }) {
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
    setError(null);
    try {
      const { recoveryKey } = await store.vault.create(choice.passphrase);
      onCreated(recoveryKey);
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <CentredPanel title={t('create.title')}>
      <Text>{t('create.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <PassphraseFields labels={{ passphrase: t('create.passphrase'), confirm: t('create.confirm') }} onChange={onChange} showErrors={submitted} />
        {error && <Alert color="red" mt="md" role="alert">{error}</Alert>}
        <Group mt="lg" justify="space-between">
          <Button variant="subtle" onClick={onBack} disabled={busy}>{t('create.back')}</Button>
          <Button type="submit" loading={busy}>{t('create.submit')}</Button>
        </Group>
        {busy && <Text size="sm" mt="xs" aria-live="polite">{t('create.working')}</Text>}
      </form>
    </CentredPanel>
  );
}
