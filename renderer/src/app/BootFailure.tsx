import { Alert, Container } from '@mantine/core';
import { useTranslation } from '../i18n';

/** Shown when storage cannot even be opened (private window, disk full); no stack trace, a next step. */
export function BootFailure() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('errors.title')} role="alert">
        {t('errors.storage-failed')}
      </Alert>
    </Container>
  );
}
