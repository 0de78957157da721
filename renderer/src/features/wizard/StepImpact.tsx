import { Group, NativeSelect, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IMPACT_CATEGORIES, IMPACT_LEVELS, type ImpactLevel } from '../../domain/impact';
import { DEFAULT_TOLERABLE_LEVELS, IMPACT_TOLERANCE_KIND, impactToleranceSchema } from '../../domain/tolerance';
import { useTranslation } from '../../i18n';
import { useBia, useObjectivesList, useProcesses, useTolerance } from '../plan/data';
import { ImpactGrid, ImpactLevelLegend } from '../plan/ImpactGrid';
import { MtpdExplain } from '../plan/MtpdExplain';
import { MtpdOverride } from '../plan/ObjectivesFields';
import { useSaver } from '../plan/saver';

/** Step 3: how much harm the business can bear, then each process's impact over time and the MTPD that follows. */
export function StepImpact({ processId, onProcess }: { processId: string | undefined; onProcess(id: string): void }) {
  const { t } = useTranslation();
  const processes = useProcesses();
  const bia = useBia();
  const objectives = useObjectivesList();
  const current = processes.find((p) => p.id === processId) ?? processes[0];
  if (!current) return <Text>{t('plan.wizard.impact.noProcesses')}</Text>;
  return (
    <Stack gap="md">
      <ToleranceEditor />
      <ImpactLevelLegend />
      <Tabs value={current.id} onChange={(v) => v && onProcess(v)} keepMounted={false}>
        <Tabs.List aria-label={t('plan.wizard.impact.tabsLabel')}>
          {processes.map((p) => (
            <Tabs.Tab key={p.id} value={p.id}>
              {p.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {processes.map((p) => (
          <Tabs.Panel key={p.id} value={p.id} pt="md">
            <Stack gap="md">
              <Title order={3}>{t('plan.wizard.impact.processTitle', { name: p.name })}</Title>
              <Text size="sm">{t('plan.wizard.impact.gridHelp')}</Text>
              <ImpactGrid processId={p.id} processName={p.name} />
              <Paper withBorder p="sm">
                <MtpdExplain mtpd={bia.mtpdByProcess.get(p.id)} overrideReason={objectives.find((o) => o.parentId === p.id)?.mtpdOverrideReason} />
              </Paper>
              <MtpdOverride processId={p.id} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** The organisation-wide tolerable level per category: above it, harm is more than the business can take. */
function ToleranceEditor() {
  const { t } = useTranslation();
  const saver = useSaver();
  const tolerance = useTolerance();
  const levels = tolerance?.levels ?? DEFAULT_TOLERABLE_LEVELS;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tolerance-title">
      <Title order={3} id="tolerance-title">
        {t('plan.wizard.impact.toleranceTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('plan.wizard.impact.toleranceHelp')}
      </Text>
      <Group gap="sm" align="flex-start">
        {IMPACT_CATEGORIES.map((category) => (
          <NativeSelect
            key={category}
            label={t('plan.wizard.impact.tolerableLabel', { category: t(`plan.categories.${category}`) })}
            value={String(levels[category])}
            data={IMPACT_LEVELS.map((level) => ({ value: String(level), label: t('plan.impact.option', { level, name: t(`plan.levels.${level}`) }) }))}
            onChange={(e) => {
              const level = Number(e.currentTarget.value) as ImpactLevel;
              void saver.updateSingleton(impactToleranceSchema, IMPACT_TOLERANCE_KIND, (cur) => ({ levels: { ...(cur?.levels ?? DEFAULT_TOLERABLE_LEVELS), [category]: level } }));
            }}
          />
        ))}
      </Group>
    </Paper>
  );
}
