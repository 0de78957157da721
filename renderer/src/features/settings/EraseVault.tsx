import { useState, type FormEvent } from 'react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';

export function EraseVault() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [typed, setTyped] = useState('');
  const navigate = useNavigate();
  const word = t('settings.eraseConfirmWord');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (typed !== word) return;
    try {
      // A plan restored or created next starts at home, not on this settings page.
      navigate('/', { replace: true });
      await store.vault.erase();
    } catch (e) {
      notifications.show({ color: 'red', message: userMessage(t, e) });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={520}>
        <Text>{t('settings.eraseIntro')}</Text>
        <TextInput label={t('settings.eraseConfirm')} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} autoComplete="off" />
        <Button type="submit" color="red" disabled={typed !== word} w="fit-content">{t('settings.eraseSubmit')}</Button>
      </Stack>
    </form>
  );
}
