import { Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import './responder.css';

/** The big entry on the home screen: one click to the list of runbooks to run. */
export function OutageButton() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/respond" size="xl" color="red.9" className="lb-outage-button" leftSection={<IconAlertTriangle size={28} aria-hidden />}>
      {t('response.outage.button')}
    </Button>
  );
}
