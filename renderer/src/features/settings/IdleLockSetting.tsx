import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import { DEFAULT_IDLE_MINUTES, SETTINGS_KIND, settingsSchema } from '../../domain/settings';
import { newRecordId } from '../../domain/record';
import { usePlanStore, useSingleton } from '../../store';
import { userMessage } from '../shared/userMessage';

export function IdleLockSetting() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const settings = useSingleton(SETTINGS_KIND);
  const [minutes, setMinutes] = useState<number>(typeof settings?.idleMinutes === 'number' ? settings.idleMinutes : DEFAULT_IDLE_MINUTES);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = settingsSchema.safeParse({ ...(settings ?? {}), id: settings?.id ?? newRecordId(), kind: SETTINGS_KIND, updatedAt: new Date().toISOString(), idleMinutes: minutes });
    if (!parsed.success) return;
    try {
      await store.save(parsed.data);
      notifications.show({ color: 'green', message: t('settings.idleSaved', { count: parsed.data.idleMinutes }) });
    } catch (e) {
      notifications.show({ color: 'red', message: userMessage(t, e) });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Group align="end">
        <NumberInput label={t('settings.idleMinutes')} min={1} max={240} step={1} allowDecimal={false} value={minutes} onChange={(v) => setMinutes(typeof v === 'number' ? v : DEFAULT_IDLE_MINUTES)} w={420} />
        <Button type="submit" variant="default">{t('settings.idleSave')}</Button>
      </Group>
    </form>
  );
}
