import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../i18n';
import type { Process } from '../../domain/process';
import { SCENARIOS, runbookFromTemplate, templatesFor, type Scenario } from '../../domain/runbook';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { useStrategies } from '../strategies/planData';
import { strategyTypeLabel } from '../strategies/strategyText';
import { scenarioLabel, templateSummary, templateTitle } from './scenarioText';

/** Process, scenario, then a template that fits the process's chosen strategies. */
export function NewRunbookForm({ processes, onCancel }: { processes: readonly Process[]; onCancel: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const navigate = useNavigate();
  const strategies = useStrategies();
  const [processId, setProcessId] = useState(processes[0]?.id ?? '');
  const [scenario, setScenario] = useState<Scenario>('primary-database-failure');
  const [scenarioName, setScenarioName] = useState('');
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const own = strategies.filter((s) => s.parentId === processId);
  const types = [...new Set(own.map((s) => s.technique.type))];
  const templates = templatesFor(scenario, types);
  const chosen = templates.find((tpl) => tpl.key === templateKey) ?? templates[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || !processId) return;
    if (scenario === 'custom' && !scenarioName.trim()) {
      setError(t('response.runbooks.scenarioNameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const runbook = runbookFromTemplate(chosen, {
        processId,
        now: new Date(),
        strategyIds: own.filter((s) => chosen.fitsStrategies.includes(s.technique.type)).map((s) => s.id),
      });
      const record = { ...runbook, title: templateTitle(t, chosen), scenario, scenarioName: scenario === 'custom' ? scenarioName.trim() : '' };
      await store.save(record);
      navigate(`/runbooks/${record.id}`);
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="lb-new-runbook">
      <Stack gap="sm">
        <Title order={2} size="h3" id="lb-new-runbook">{t('response.runbooks.newTitle')}</Title>
        <div className="lb-form-grid">
          <NativeSelect label={t('response.runbooks.process')} value={processId}
            data={processes.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(e) => { setProcessId(e.currentTarget.value); setTemplateKey(null); }} />
          <NativeSelect label={t('response.runbooks.scenario')} value={scenario}
            data={SCENARIOS.map((s) => ({ value: s, label: scenarioLabel(t, s) }))}
            onChange={(e) => { setScenario(e.currentTarget.value as Scenario); setTemplateKey(null); }} />
          {scenario === 'custom' && (
            <TextInput label={t('response.runbooks.scenarioName')} required value={scenarioName} onChange={(e) => setScenarioName(e.currentTarget.value)} />
          )}
        </div>
        <Radio.Group label={t('response.runbooks.template')} description={t('response.runbooks.templateHint')} value={chosen?.key ?? ''} onChange={setTemplateKey}>
          <Stack gap="xs" mt="xs">
            {templates.map((template) => {
              const fits = template.fitsStrategies.filter((type) => types.includes(type));
              return (
                <Radio
                  key={template.key}
                  value={template.key}
                  label={templateTitle(t, template)}
                  description={
                    <span>
                      {templateSummary(t, template)}{' '}
                      {fits.length > 0 && (
                        <Badge component="span" color="green" variant="light">
                          {t('response.runbooks.fits', { strategies: fits.map((type) => strategyTypeLabel(t, type)).join(', ') })}
                        </Badge>
                      )}
                    </span>
                  }
                />
              );
            })}
          </Stack>
        </Radio.Group>
        {own.length === 0 && <Text size="sm" c="dimmed">{t('response.runbooks.noStrategiesHint')}</Text>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button type="submit" loading={busy}>{t('response.runbooks.create')}</Button>
          <Button variant="default" onClick={onCancel}>{t('response.common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
