import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import { ORGANISATION_KIND, organisationSchema, type Organisation } from '../../domain/organisation';
import { newRecordId } from '../../domain/record';
import { usePlanStore, useSingleton } from '../../store';
import { userMessage } from '../shared/userMessage';

/** The business's name and the plan owner: the first thing every printed page will carry. */
export function OrganisationForm() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const existing = useSingleton(ORGANISATION_KIND);
  const [name, setName] = useState(typeof existing?.name === 'string' ? existing.name : '');
  const [planOwner, setPlanOwner] = useState(typeof existing?.planOwner === 'string' ? existing.planOwner : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = organisationSchema.safeParse({
      ...(existing ?? {}),
      id: existing?.id ?? newRecordId(),
      kind: ORGANISATION_KIND,
      updatedAt: new Date().toISOString(),
      name,
      planOwner,
    });
    if (!parsed.success) return;
    setBusy(true);
    setError(null);
    try {
      await store.save(parsed.data satisfies Organisation);
      notifications.show({ color: 'green', message: t('home.saved') });
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={520}>
        <Title order={2} size="h3">{t('home.orgTitle')}</Title>
        <TextInput label={t('home.orgName')} description={t('home.orgNameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        <TextInput label={t('home.planOwner')} description={t('home.planOwnerHint')} value={planOwner} onChange={(e) => setPlanOwner(e.currentTarget.value)} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group><Button type="submit" loading={busy} disabled={!name.trim()}>{t('home.save')}</Button></Group>
      </Stack>
    </form>
  );
}
