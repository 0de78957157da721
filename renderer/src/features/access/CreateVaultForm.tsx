import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { CentredPanel } from '../shared/CentredPanel';
import { PassphraseFields } from './PassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';

export function CreateVaultForm({ onCreated, onBack }: { onCreated: (recoveryKey: string) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const { onChange, submitted, busy, error, submit } = useNewPassphrase(async (passphrase) => {
    const { recoveryKey } = await store.vault.create(passphrase);
    onCreated(recoveryKey);
  });

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
