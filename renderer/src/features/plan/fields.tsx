import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { formatMinutes, parseMinutes } from '../../domain/duration';
import { useTranslation } from '../../i18n';
import { userMessage } from '../shared/userMessage';
import { RecordGoneError, UserFacingError } from './saver';

const DEBOUNCE_MS = 700;

/** Why a save failed, in words: the thrower's own sentence, a deleted record, or the store's message. */
export function saveErrorText(t: TFunction, e: unknown): string {
  if (e instanceof UserFacingError) return e.message;
  if (e instanceof RecordGoneError) return t('plan.common.gone');
  return userMessage(t, e);
}

interface AutosaveOptions<V> {
  /** The value as stored. */
  stored: V;
  /** Turns the text typed into a value to store, or an error sentence. */
  read(text: string): { value: V } | { error: string };
  write(value: V): string;
  save(value: V): Promise<unknown>;
  equal?(a: V, b: V): boolean;
}

/**
 * A text box that saves itself: shortly after the owner stops typing and when they leave the field.
 * The text they typed stays as typed; the stored value only replaces it while they are not editing.
 */
function useAutosave<V>({ stored, read, write, save, equal = Object.is }: AutosaveOptions<V>) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => write(stored));
  const [error, setError] = useState<string | null>(null);
  const [known, setKnown] = useState(stored);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The stored value changed elsewhere (another screen, an import): show it unless mid-edit.
  if (!equal(known, stored)) {
    setKnown(stored);
    if (!dirty.current) setText(write(stored));
  }
  const latest = useRef({ text, stored, read, save, equal });
  latest.current = { text, stored, read, save, equal };

  function commit(): void {
    clearTimeout(timer.current);
    const { text: now, stored: current, read: readNow, save: saveNow, equal: same } = latest.current;
    const result = readNow(now);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    dirty.current = false;
    if (same(result.value, current)) return;
    saveNow(result.value).catch((e: unknown) => {
      setError(saveErrorText(t, e));
    });
  }
  const commitRef = useRef(commit);
  commitRef.current = commit;
  // Leaving the screen mid-typing still saves what was typed.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (dirty.current) commitRef.current();
    },
    [],
  );

  return {
    value: text,
    error,
    onChange(next: string) {
      dirty.current = true;
      setText(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, DEBOUNCE_MS);
    },
    onBlur: commit,
  };
}

interface TextFieldProps {
  label: string;
  description?: ReactNode;
  placeholder?: string;
  value: string;
  onSave(value: string): Promise<unknown>;
  required?: boolean;
  maxLength?: number;
  multiline?: boolean;
  id?: string;
  /** Extra check of the trimmed text; returns the sentence to show, or null when it is fine. */
  validate?(value: string): string | null;
}

/** Free text saved as the owner types. A required field refuses to be emptied and says so. */
export function AutoTextField({ label, description, placeholder, value, onSave, required, maxLength = 2000, multiline, id, validate }: TextFieldProps) {
  const { t } = useTranslation();
  const field = useAutosave<string>({
    stored: value,
    read: (text) => {
      if (required && text.trim() === '') return { error: t('plan.common.required', { label }) };
      if (text.trim().length > maxLength) return { error: t('plan.common.tooLong', { max: maxLength }) };
      const problem = validate?.(text.trim());
      return problem ? { error: problem } : { value: text.trim() };
    },
    write: (v) => v,
    save: onSave,
    equal: (a, b) => a.trim() === b.trim(),
  });
  const common = {
    id,
    label,
    description,
    placeholder,
    required,
    value: field.value,
    error: field.error,
    onBlur: field.onBlur,
  };
  return multiline ? (
    <Textarea {...common} autosize minRows={2} maxRows={8} onChange={(e) => field.onChange(e.currentTarget.value)} />
  ) : (
    <TextInput {...common} onChange={(e) => field.onChange(e.currentTarget.value)} />
  );
}

interface DurationFieldProps {
  label: string;
  description?: ReactNode;
  value: number | undefined;
  onSave(value: number | undefined): Promise<unknown>;
  /** Rule messages computed by the caller (e.g. "must be shorter than the MTPD"). */
  problem?: ReactNode;
  id?: string;
  placeholder?: string;
}

/** A duration typed the way people say it ("1 h", "15 min", "2 days"), stored in minutes. */
export function AutoDurationField({ label, description, value, onSave, problem, id, placeholder }: DurationFieldProps) {
  const { t } = useTranslation();
  const field = useAutosave<number | undefined>({
    stored: value,
    read: (text) => {
      if (text.trim() === '') return { value: undefined };
      const minutes = parseMinutes(text);
      return minutes === undefined ? { error: t('plan.common.durationInvalid', { text: text.trim() }) } : { value: minutes };
    },
    write: (v) => (v === undefined ? '' : formatMinutes(v)),
    save: onSave,
  });
  return (
    <TextInput
      id={id}
      label={label}
      description={description ?? t('plan.common.durationHint')}
      placeholder={placeholder}
      value={field.value}
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onBlur={field.onBlur}
      error={field.error ?? problem ?? undefined}
    />
  );
}

interface SelectFieldProps {
  label: string;
  description?: ReactNode;
  value: string | undefined;
  options: { value: string; label: string }[];
  /** The text of the "nothing chosen" option; without it a choice is required. */
  emptyLabel?: string;
  onSave(value: string | undefined): Promise<unknown>;
  id?: string;
}

/** A native select (keyboard and screen readers work as everywhere else) that saves on change. */
export function AutoSelectField({ label, description, value, options, emptyLabel, onSave, id }: SelectFieldProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const data = emptyLabel !== undefined ? [{ value: '', label: emptyLabel }, ...options] : options;
  return (
    <NativeSelect
      id={id}
      label={label}
      description={description}
      value={value ?? ''}
      data={data}
      error={error}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setError(null);
        onSave(next === '' ? undefined : next).catch((err: unknown) => setError(saveErrorText(t, err)));
      }}
    />
  );
}
