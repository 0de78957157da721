import { useEffect, useState } from 'react';
import { PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { assessPassphrase, MIN_PASSPHRASE_LENGTH, type PassphraseVerdict } from '../../domain/passphrasePolicy';

export interface PassphraseChoice { passphrase: string; acceptable: boolean }

const COLOURS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/**
 * A new passphrase typed twice, with its strength shown as it is typed.
 * Refusal reasons are words, not only a colour, for people who do not see colour.
 */
export function PassphraseFields({ labels, onChange, showErrors }: {
  labels: { passphrase: string; confirm: string };
  onChange: (choice: PassphraseChoice) => void;
  showErrors: boolean;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [verdict, setVerdict] = useState<PassphraseVerdict | null>(null);

  useEffect(() => {
    let current = true;
    if (!passphrase) {
      setVerdict(null);
      return;
    }
    void assessPassphrase(passphrase).then((v) => current && setVerdict(v));
    return () => {
      current = false;
    };
  }, [passphrase]);

  const matches = passphrase === confirm;
  const acceptable = Boolean(verdict?.accepted) && matches && verdict !== null;
  useEffect(() => onChange({ passphrase, acceptable }), [passphrase, acceptable, onChange]);

  const strengthLabels = t('create.strengthLabels', { returnObjects: true }) as string[];
  const weakness = verdict && !verdict.accepted
    ? [verdict.reason === 'too-short' ? t('create.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : t('create.tooWeak'), verdict.warning].filter(Boolean).join(' ')
    : null;

  return (
    <Stack gap="xs">
      <PasswordInput
        label={labels.passphrase}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        autoComplete="new-password"
        error={showErrors && weakness ? weakness : undefined}

      />
      {verdict && (
        <div aria-live="polite">
          <Progress value={(verdict.score + 1) * 20} color={COLOURS[verdict.score]} aria-hidden size="sm" />
          <Text size="sm">{t('create.strength', { label: strengthLabels[verdict.score] })}</Text>
          {!showErrors && weakness && <Text size="sm" c="dimmed">{weakness}</Text>}
        </div>
      )}
      <PasswordInput
        label={labels.confirm}
        value={confirm}
        onChange={(e) => setConfirm(e.currentTarget.value)}
        autoComplete="new-password"
        error={showErrors && confirm && !matches ? t('create.mismatch') : showErrors && !confirm ? t('create.mismatch') : undefined}

      />
    </Stack>
  );
}
