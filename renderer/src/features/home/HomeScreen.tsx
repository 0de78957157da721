import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { ORGANISATION_KIND } from '../../domain/organisation';
import { useSingleton } from '../../store';
import { OrganisationForm } from './OrganisationForm';
import { GovernanceHomeCard } from '../governance/GovernanceHomeCard';
import { ContinuePlanCard } from '../wizard/ContinuePlanCard';
import { OutageButton } from '../responder/OutageButton';

export function HomeScreen() {
  const { t } = useTranslation();
  const organisation = useSingleton(ORGANISATION_KIND);
  return (
    <Stack>
      <Title order={1} size="h2">{t('home.title')}</Title>
      <OutageButton />
      {!organisation && <Text>{t('home.emptyIntro')}</Text>}
      <OrganisationForm key={organisation?.id ?? 'new'} />
      {organisation && <GovernanceHomeCard />}
      <ContinuePlanCard />
    </Stack>
  );
}
