import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { CentredPanel } from '../shared/CentredPanel';
import { PassphraseFields } from './PassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';

/** After a recovery-key unlock the old passphrase is presumed lost, so a new one is required first. */
export function NewPassphraseScreen() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const { onChange, submitted, busy, error, submit } = useNewPassphrase((passphrase) => store.vault.changePassphrase(passphrase));

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
