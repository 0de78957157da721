import type { ReactNode } from 'react';
import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { useProcesses } from '../plan/data';
import { DependencyEditor } from '../plan/DependencyEditor';
import { ObjectivesFields } from '../plan/ObjectivesFields';
import { ProcessFields } from '../plan/ProcessFields';
import { useTopFiveEntries } from './StepTopFive';

/** Step 5: for each of the five, who runs it, how fast it must be back, and what it needs. */
export function StepObjectives({ processId, onProcess }: { processId: string | undefined; onProcess(id: string): void }) {
  const { t } = useTranslation();
  const processes = useProcesses();
  const five = useTopFiveEntries()
    .entries.map((e) => processes.find((p) => p.id === e.processId))
    .filter((p) => p !== undefined);
  const current = five.find((p) => p.id === processId) ?? five[0];
  if (!current) return <Text>{t('plan.wizard.objectives.none')}</Text>;
  return (
    <Tabs value={current.id} onChange={(v) => v && onProcess(v)} keepMounted={false}>
      <Tabs.List aria-label={t('plan.wizard.objectives.tabsLabel')}>
        {five.map((p, i) => (
          <Tabs.Tab key={p.id} value={p.id}>
            {i + 1}. {p.name}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {five.map((p) => (
        <Tabs.Panel key={p.id} value={p.id} pt="md">
          <Stack gap="md">
            <Title order={3}>{p.name}</Title>
            <Part title={t('plan.wizard.objectives.people')} help={t('plan.wizard.objectives.peopleHelp')}>
              <ProcessFields process={p} sections={['people']} />
            </Part>
            <Part title={t('plan.wizard.objectives.objectives')} help={t('plan.wizard.objectives.objectivesHelp')}>
              <ObjectivesFields processId={p.id} />
            </Part>
            <Part title={t('plan.wizard.objectives.dependencies')} help={t('plan.wizard.objectives.dependenciesHelp')}>
              <DependencyEditor processId={p.id} processName={p.name} />
            </Part>
            <Part title={t('plan.wizard.objectives.data')} help={t('plan.wizard.objectives.dataHelp')}>
              <ProcessFields process={p} sections={['data']} />
            </Part>
            <Part title={t('plan.wizard.objectives.continuity')} help={t('plan.wizard.objectives.continuityHelp')}>
              <ProcessFields process={p} sections={['continuity']} />
            </Part>
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function Part({ title, help, children }: { title: string; help: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={4}>{title}</Title>
      <Text size="sm" mb="sm">
        {help}
      </Text>
      {children}
    </Paper>
  );
}
