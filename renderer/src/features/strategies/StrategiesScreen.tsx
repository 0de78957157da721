import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { checkGaps, strategyTypeSpec, type RecoveryStrategy } from '../../domain/strategy';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { CostSummaryTables } from './CostSummary';
import { formatDuration, formatMoney } from './format';
import { PROCESSES_PATH, useProcesses, useStrategies, useTargets, type ProcessTargets } from './planData';
import { StrategyForm } from './StrategyForm';
import { describeStrategy, gapSentence, parameterLabel, strategyTypeLabel } from './strategyText';
import './strategies.css';

/** Step 2 of the seed: per process, the strategies that bring it back and what they cost. */
export function StrategiesScreen() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const [chosen, setChosen] = useState<string | null>(null);
  const processId = chosen && processes.some((p) => p.id === chosen) ? chosen : processes[0]?.id;
  const process = processes.find((p) => p.id === processId);

  return (
    <Stack>
      <Title order={1} size="h2">{t('response.strategies.title')}</Title>
      <Text maw={720}>{t('response.strategies.intro')}</Text>
      {processes.length === 0 ? (
        <Alert color="blue" title={t('response.common.noProcessesTitle')}>
          {t('response.common.noProcesses')}{' '}
          <Anchor component={Link} to={PROCESSES_PATH}>{t('response.common.goToProcesses')}</Anchor>
        </Alert>
      ) : (
        <>
          <NativeSelect
            label={t('response.strategies.process')}
            maw={420}
            value={processId}
            data={processes.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(event) => setChosen(event.currentTarget.value)}
          />
          {process && <ProcessStrategies key={process.id} processId={process.id} processName={process.name} />}
          <CostSummaryTables processes={processes} />
        </>
      )}
    </Stack>
  );
}

function ProcessStrategies({ processId, processName }: { processId: string; processName: string }) {
  const { t, i18n } = useTranslation();
  const store = usePlanStore();
  const all = useStrategies();
  const targets: ProcessTargets = useTargets().get(processId) ?? {};
  const strategies = all.filter((s) => s.parentId === processId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { capability, gaps } = checkGaps(targets, strategies);
  const money = (amount: number) => formatMoney(i18n.language, amount);
  const oneOff = strategies.reduce((sum, s) => sum + s.oneOffCost, 0);
  const yearly = strategies.reduce((sum, s) => sum + s.yearlyCost, 0);

  async function remove(strategy: RecoveryStrategy) {
    setError(null);
    try {
      await store.remove(strategy.id);
    } catch (e) {
      setError(userMessage(t, e));
    }
  }

  const value = (minutes: number | undefined) => (minutes === undefined ? t('response.common.notSet') : formatDuration(t, minutes));
  const achieved = (minutes: number | undefined) => (minutes === undefined ? t('response.strategies.nothingAchieves') : formatDuration(t, minutes));
  const meets = (achievable: number | undefined, target: number | undefined) => {
    if (target === undefined) return null;
    const ok = achievable !== undefined && achievable <= target;
    return <Badge color={ok ? 'green' : 'red'} variant="light">{ok ? t('response.strategies.meets') : t('response.strategies.misses')}</Badge>;
  };

  return (
    <section aria-labelledby="lb-process-strategies">
      <Stack>
        <Title order={2} size="h3" id="lb-process-strategies">{t('response.strategies.forProcess', { name: processName })}</Title>
        <Paper withBorder p="md">
          <dl className="lb-facts">
            <div><dt>{t('response.strategies.targetRto')}</dt><dd>{value(targets.rtoMinutes)}</dd></div>
            <div><dt>{t('response.strategies.achievableRto')}</dt><dd>{achieved(capability.rto?.minutes)} {meets(capability.rto?.minutes, targets.rtoMinutes)}</dd></div>
            <div><dt>{t('response.strategies.targetRpo')}</dt><dd>{value(targets.rpoMinutes)}</dd></div>
            <div><dt>{t('response.strategies.achievableRpo')}</dt><dd>{achieved(capability.rpo?.minutes)} {meets(capability.rpo?.minutes, targets.rpoMinutes)}</dd></div>
            <div><dt>{t('response.strategies.mtpd')}</dt><dd>{value(targets.mtpdMinutes)}</dd></div>
            <div><dt>{t('response.strategies.processCost')}</dt><dd>{t('response.strategies.costLine', { oneOff: money(oneOff), yearly: money(yearly) })}</dd></div>
          </dl>
          {targets.rtoMinutes === undefined && targets.rpoMinutes === undefined && (
            <Text size="sm" mt="sm">{t('response.strategies.noTargets')} <Anchor component={Link} to={PROCESSES_PATH}>{t('response.common.goToProcesses')}</Anchor></Text>
          )}
        </Paper>
        {gaps.length > 0 && (
          <Alert color="orange" title={t('response.strategies.gapsTitle')}>
            <ul className="lb-plain-list">
              {gaps.map((gap) => <li key={gap.dimension}>{gapSentence(t, gap, strategies)}</li>)}
            </ul>
          </Alert>
        )}
        {gaps.length === 0 && strategies.length > 0 && (targets.rtoMinutes !== undefined || targets.rpoMinutes !== undefined) && (
          <Alert color="green">{t('response.strategies.noGaps')}</Alert>
        )}
        {strategies.length === 0 && <Text>{t('response.strategies.none')}</Text>}
        <ul className="lb-card-list" aria-label={t('response.strategies.listLabel', { name: processName })}>
          {strategies.map((strategy) => (
            <li key={strategy.id}>
              <Paper withBorder p="md">
                {editing === strategy.id ? (
                  <StrategyForm processId={processId} existing={strategy} onDone={() => setEditing(null)} />
                ) : (
                  <StrategySummary strategy={strategy} rto={capability.strategies.find((c) => c.strategyId === strategy.id)?.rtoMinutes}
                    onEdit={() => setEditing(strategy.id)} onRemove={() => void remove(strategy)} />
                )}
              </Paper>
            </li>
          ))}
        </ul>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {editing === 'new' ? (
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="sm">{t('response.strategies.addTitle')}</Title>
            <StrategyForm processId={processId} onDone={() => setEditing(null)} />
          </Paper>
        ) : (
          <Group><Button onClick={() => setEditing('new')}>{t('response.strategies.addButton')}</Button></Group>
        )}
      </Stack>
    </section>
  );
}

function StrategySummary({ strategy, rto, onEdit, onRemove }: { strategy: RecoveryStrategy; rto: number | undefined; onEdit: () => void; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const spec = strategyTypeSpec(strategy.technique.type);
  const heading = strategy.name || describeStrategy(t, strategy.technique).text;
  const params = spec.parameters.map((parameter) => {
    const raw = (strategy.technique as unknown as Record<string, unknown>)[parameter.key];
    const label = parameterLabel(t, strategy.technique.type, parameter.key);
    let shown = String(raw);
    if (parameter.unit === 'minutes' && typeof raw === 'number') shown = formatDuration(t, raw);
    if (parameter.unit === 'seconds') shown = t('response.strategies.seconds', { count: Number(raw) });
    if (parameter.unit === 'money' && typeof raw === 'number') shown = formatMoney(i18n.language, raw);
    if (parameter.unit === 'choice') shown = t(`response.choices.${String(raw)}`);
    if (parameter.unit === 'yes-no') shown = raw ? t('response.common.yes') : t('response.common.no');
    return { key: parameter.key, label, shown };
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={3} size="h4">{heading}</Title>
          <Text size="sm" c="dimmed">{strategyTypeLabel(t, strategy.technique.type)}</Text>
        </div>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={onEdit} aria-label={t('response.strategies.editNamed', { name: heading })}>{t('response.common.edit')}</Button>
          <Button variant="subtle" color="red" size="xs" onClick={onRemove} aria-label={t('response.strategies.removeNamed', { name: heading })}>{t('response.common.remove')}</Button>
        </Group>
      </Group>
      <dl className="lb-facts lb-facts-small">
        {params.map((p) => <div key={p.key}><dt>{p.label}</dt><dd>{p.shown}</dd></div>)}
        <div><dt>{t('response.strategies.activation')}</dt><dd>{formatDuration(t, strategy.activationMinutes)}</dd></div>
        {rto !== undefined && <div><dt>{t('response.strategies.bringsBackIn')}</dt><dd>{formatDuration(t, rto)}</dd></div>}
        <div><dt>{t('response.strategies.owner')}</dt><dd>{strategy.owner || t('response.common.notSet')}</dd></div>
        <div><dt>{t('response.strategies.oneOffCost')}</dt><dd>{formatMoney(i18n.language, strategy.oneOffCost)}</dd></div>
        <div><dt>{t('response.strategies.yearlyCost')}</dt><dd>{formatMoney(i18n.language, strategy.yearlyCost)}</dd></div>
      </dl>
      {strategy.notes && <Text size="sm">{strategy.notes}</Text>}
    </Stack>
  );
}
