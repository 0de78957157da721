import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, CopyButton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { CentredPanel } from '../shared/CentredPanel';
import { EmergencySheetButton } from './EmergencySheetButton';

function normaliseGroup(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Shown once after creation. The person proves they wrote the key down by typing back one
 * group of it, chosen at random so it cannot be skipped by habit.
 */
export function RecoveryKeyScreen({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const groups = useMemo(() => recoveryKey.split('-'), [recoveryKey]);
  const groupIndex = useMemo(() => Math.floor(Math.random() * groups.length), [groups]);
  const [written, setWritten] = useState(false);
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const n = groupIndex + 1;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (normaliseGroup(typed) === normaliseGroup(groups[groupIndex] ?? '')) onConfirmed();
    else setWrong(true);
  }

  return (
    <CentredPanel title={t('recovery.title')}>
      <Text>{t('recovery.intro')}</Text>
      <Alert color="orange" role="note">{t('recovery.warning')}</Alert>
      <div>
        <Text fw={600} id="recovery-key-label">{t('recovery.keyLabel')}</Text>
        <output className="lb-recovery-key" aria-labelledby="recovery-key-label">
          {/* Numbered groups: the confirmation step asks for one by its number. */}
          <ol className="lb-recovery-groups">
            {groups.map((group, index) => <li key={index}>{group}</li>)}
          </ol>
        </output>
        <CopyButton value={recoveryKey}>
          {({ copied, copy }) => <Button variant="default" size="xs" onClick={copy}>{copied ? t('recovery.copied') : t('recovery.copy')}</Button>}
        </CopyButton>
      </div>
      <EmergencySheetButton recoveryKey={recoveryKey} />
      <Checkbox label={t('recovery.writtenDown')} checked={written} onChange={(e) => setWritten(e.currentTarget.checked)} />
      {written && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4">{t('recovery.confirmTitle')}</Title>
            <Text>{t('recovery.confirmPrompt', { n })}</Text>
            <TextInput
              label={t('recovery.confirmLabel', { n })}
              value={typed}
              onChange={(e) => { setTyped(e.currentTarget.value); setWrong(false); }}
              error={wrong ? t('recovery.confirmWrong', { n }) : undefined}
              autoComplete="off"
              spellCheck={false}
            />
            <Button type="submit">{t('recovery.confirmSubmit')}</Button>
          </Stack>
        </form>
      )}
    </CentredPanel>
  );
}
