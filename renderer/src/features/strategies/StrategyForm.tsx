import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { newRecordId } from '../../domain/record';
import {
  RECOVERY_STRATEGY_KIND,
  STRATEGY_CATALOGUE,
  defaultTechnique,
  recoveryStrategySchema,
  strategyTypeSpec,
  type RecoveryStrategy,
  type StrategyCategory,
  type StrategyType,
  type Technique,
} from '../../domain/strategy';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { DurationInput } from './DurationInput';
import { parameterLabel, strategyTypeDescription, strategyTypeLabel } from './strategyText';

const CATEGORIES: StrategyCategory[] = ['backup', 'standby', 'traffic', 'alternative', 'financial'];

export interface StrategyFormProps {
  processId: string;
  /** Editing an existing strategy; a new one otherwise. */
  existing?: RecoveryStrategy;
  onDone: () => void;
}

/** Picks a strategy type from the catalogue and the parameters that decide what it achieves. */
export function StrategyForm({ processId, existing, onDone }: StrategyFormProps) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [technique, setTechnique] = useState<Technique>(existing?.technique ?? defaultTechnique('backup-full'));
  const [name, setName] = useState(existing?.name ?? '');
  const [owner, setOwner] = useState(existing?.owner ?? '');
  const [activation, setActivation] = useState<number | undefined | null>(existing?.activationMinutes ?? 0);
  const [oneOffCost, setOneOffCost] = useState<number>(existing?.oneOffCost ?? 0);
  const [yearlyCost, setYearlyCost] = useState<number>(existing?.yearlyCost ?? 0);
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [badDurations, setBadDurations] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const spec = strategyTypeSpec(technique.type);
  const fieldId = existing?.id ?? 'new';

  function setParameter(key: string, value: unknown) {
    setTechnique((current) => ({ ...current, [key]: value }) as Technique);
  }

  function markDuration(key: string, minutes: number | undefined | null) {
    setBadDurations((current) => {
      const next = new Set(current);
      if (minutes === null || minutes === undefined) next.add(key);
      else next.delete(key);
      return next;
    });
    if (typeof minutes === 'number') setParameter(key, minutes);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (badDurations.size > 0 || activation === null) {
      setError(t('response.strategies.fixDurations'));
      return;
    }
    const parsed = recoveryStrategySchema.safeParse({
      ...(existing ?? {}),
      id: existing?.id ?? newRecordId(),
      kind: RECOVERY_STRATEGY_KIND,
      updatedAt: new Date().toISOString(),
      parentId: processId,
      name,
      technique,
      activationMinutes: activation ?? 0,
      owner,
      oneOffCost,
      yearlyCost,
      notes,
    });
    if (!parsed.success) {
      setError(t('response.strategies.invalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await store.save(parsed.data);
      onDone();
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  const typeData = CATEGORIES.map((category) => ({
    group: t(`response.strategyCategories.${category}`),
    items: STRATEGY_CATALOGUE.filter((s) => s.category === category).map((s) => ({ value: s.type, label: strategyTypeLabel(t, s.type) })),
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={existing ? t('response.strategies.editFormLabel') : t('response.strategies.addFormLabel')}>
      <Stack gap="sm" className="lb-strategy-form">
        <NativeSelect
          label={t('response.strategies.type')}
          data={typeData}
          value={technique.type}
          disabled={existing !== undefined}
          onChange={(event) => {
            setTechnique(defaultTechnique(event.currentTarget.value as StrategyType));
            setBadDurations(new Set());
          }}
        />
        <Text size="sm" c="dimmed">{strategyTypeDescription(t, technique.type)}</Text>
        {spec.reducedService && <Text size="sm">{t('response.strategies.reducedService')}</Text>}
        <div className="lb-form-grid">
          {spec.parameters.map((parameter) => {
            const label = parameterLabel(t, technique.type, parameter.key);
            const value = (technique as unknown as Record<string, unknown>)[parameter.key];
            const key = `${fieldId}-${technique.type}-${parameter.key}`;
            switch (parameter.unit) {
              case 'minutes':
                return <DurationInput key={key} label={label} value={typeof value === 'number' ? value : undefined} onChange={(m) => markDuration(parameter.key, m)} required />;
              case 'seconds':
                return (
                  <NumberInput key={key} label={t('response.strategies.inSeconds', { label })} min={0} max={86_400} allowDecimal={false}
                    value={typeof value === 'number' ? value : 0} onChange={(v) => setParameter(parameter.key, typeof v === 'number' ? v : 0)} />
                );
              case 'money':
                return (
                  <NumberInput key={key} label={label} min={0} allowDecimal={false} thousandSeparator=","
                    value={typeof value === 'number' ? value : 0} onChange={(v) => setParameter(parameter.key, typeof v === 'number' ? v : 0)} />
                );
              case 'choice':
                return (
                  <NativeSelect key={key} label={label} value={String(value)}
                    data={(parameter.choices ?? []).map((choice) => ({ value: choice, label: t(`response.choices.${choice}`) }))}
                    onChange={(event) => setParameter(parameter.key, event.currentTarget.value)} />
                );
              case 'yes-no':
                return (
                  <Checkbox key={key} label={label} checked={value === true} onChange={(event) => setParameter(parameter.key, event.currentTarget.checked)} />
                );
            }
            return null;
          })}
        </div>
        <div className="lb-form-grid">
          <TextInput label={t('response.strategies.name')} description={t('response.strategies.nameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('response.strategies.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} />
          <DurationInput label={t('response.strategies.activation')} description={t('response.strategies.activationHint')} value={activation ?? undefined} onChange={setActivation} />
          <NumberInput label={t('response.strategies.oneOffCost')} min={0} allowDecimal={false} thousandSeparator="," value={oneOffCost} onChange={(v) => setOneOffCost(typeof v === 'number' ? v : 0)} />
          <NumberInput label={t('response.strategies.yearlyCost')} min={0} allowDecimal={false} thousandSeparator="," value={yearlyCost} onChange={(v) => setYearlyCost(typeof v === 'number' ? v : 0)} />
        </div>
        <Textarea label={t('response.strategies.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button type="submit" loading={busy}>{existing ? t('response.strategies.saveChanges') : t('response.strategies.add')}</Button>
          <Button variant="default" onClick={onDone}>{t('response.common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
