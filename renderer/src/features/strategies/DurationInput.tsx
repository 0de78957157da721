import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { parseMinutes } from '../../domain/duration';
import { formatDuration } from './format';

export interface DurationInputProps {
  label: string;
  description?: string;
  /** Whole minutes, or undefined when empty. */
  value: number | undefined;
  /** Called with the minutes typed, undefined when empty, or null when the text is not a duration. */
  onChange: (minutes: number | undefined | null) => void;
  required?: boolean;
}

/** A duration as people write it ("15 min", "4 h", "1 h 30 min", "90"), read with parseMinutes. */
export function DurationInput({ label, description, value, onChange, required }: DurationInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === undefined ? '' : formatDuration(t, value));
  const [touched, setTouched] = useState(false);
  const empty = text.trim() === '';
  const parsed = empty ? undefined : parseMinutes(text);
  const invalid = !empty && parsed === undefined;
  const error = touched && invalid ? t('response.common.durationInvalid') : touched && required && empty ? t('response.common.durationRequired') : undefined;
  return (
    <TextInput
      label={label}
      description={description ?? t('response.common.durationHint')}
      value={text}
      required={required}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const minutes = next.trim() === '' ? undefined : parseMinutes(next);
        onChange(next.trim() !== '' && minutes === undefined ? null : minutes);
      }}
      onBlur={() => setTouched(true)}
    />
  );
}
