import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { checkTopFive, entriesNeedingReason, suggestTopFive } from '../../domain/bia/topFiveRules';
import { TOP_FIVE_KIND, TOP_FIVE_SIZE, topFiveSelectionSchema, type TopFiveEntry } from '../../domain/topFive';
import { useTranslation } from '../../i18n';
import { useBia, useTopFive } from '../plan/data';
import { AutoTextField } from '../plan/fields';
import { mtpdValueText } from '../plan/MtpdExplain';
import { useSaver } from '../plan/saver';

/** The top five as shown: the owner's saved choice, else the suggestion (saved when they move on). */
export function useTopFiveEntries(): { entries: TopFiveEntry[]; saved: boolean } {
  const topFive = useTopFive();
  const { ranking } = useBia();
  return topFive ? { entries: topFive.entries, saved: true } : { entries: suggestTopFive(ranking), saved: false };
}

/** Step 4: the suggested ranking, and the owner's five in their order, each departure with its reason. */
export function StepTopFive() {
  const { t } = useTranslation();
  const saver = useSaver();
  const bia = useBia();
  const { ranking } = bia;
  const { entries } = useTopFiveEntries();
  const needing = new Set(entriesNeedingReason(entries, ranking));
  const issues = checkTopFive({ entries }, ranking);
  const nameOf = (id: string) => bia.index.processById.get(id)?.name ?? t('plan.common.unknown');
  const save = (next: TopFiveEntry[]) => saver.updateSingleton(topFiveSelectionSchema, TOP_FIVE_KIND, () => ({ entries: next, readyForSignOffAt: undefined }));
  const move = (i: number, by: -1 | 1) => {
    const next = [...entries];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    void save(next);
  };
  const chosen = new Set(entries.map((e) => e.processId));
  const fewer = issues.find((i) => i.code === 'fewer-than-five');
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="top-five-title">
        <Stack gap="sm">
          <Title order={3} id="top-five-title">
            {t('plan.wizard.topFive.yoursTitle')}
          </Title>
          <Text size="sm">{t('plan.wizard.topFive.yoursHelp')}</Text>
          {entries.length === 0 && <Text>{t('plan.wizard.topFive.noneChosen')}</Text>}
          <ol className="lb-top-five">
            {entries.map((entry, i) => {
              const name = nameOf(entry.processId);
              const needsReason = needing.has(entry.processId);
              return (
                <li key={entry.processId}>
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600}>
                        {name}{' '}
                        <Text span size="sm" fw={400}>
                          {t('plan.wizard.topFive.mtpdNote', { time: mtpdValueText(t, bia.mtpdByProcess.get(entry.processId)) })}
                        </Text>
                      </Text>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="default" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('plan.wizard.topFive.moveUp', { name })}>
                          <IconArrowUp size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon variant="default" disabled={i === entries.length - 1} onClick={() => move(i, 1)} aria-label={t('plan.wizard.topFive.moveDown', { name })}>
                          <IconArrowDown size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon variant="default" color="red.9" onClick={() => void save(entries.filter((e) => e.processId !== entry.processId))} aria-label={t('plan.wizard.topFive.remove', { name })}>
                          <IconX size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Group>
                    {(needsReason || entry.reason) && (
                      <AutoTextField
                        label={t('plan.wizard.topFive.reasonLabel', { name })}
                        description={needsReason ? t('plan.wizard.topFive.reasonHelp') : t('plan.wizard.topFive.reasonKept')}
                        value={entry.reason}
                        required={needsReason}
                        maxLength={300}
                        onSave={(v) =>
                          saver.updateSingleton(topFiveSelectionSchema, TOP_FIVE_KIND, (cur) => ({
                            entries: (cur?.entries ?? entries).map((e) => (e.processId === entry.processId ? { ...e, reason: v } : e)),
                          }))
                        }
                      />
                    )}
                  </Stack>
                </li>
              );
            })}
          </ol>
          {fewer && fewer.code === 'fewer-than-five' && (
            <Alert color="blue" variant="light">
              {t('plan.wizard.topFive.fewer', { chosen: fewer.chosen, available: fewer.available })}
            </Alert>
          )}
          <Group>
            <Button variant="default" onClick={() => void save(suggestTopFive(ranking))}>
              {t('plan.wizard.topFive.useSuggested')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <section aria-labelledby="ranking-title">
        <Title order={3} id="ranking-title">
          {t('plan.wizard.topFive.rankingTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('plan.wizard.topFive.rankingHelp')}
        </Text>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plan.wizard.topFive.rank')}</Table.Th>
              <Table.Th scope="col">{t('plan.wizard.topFive.process')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.mtpdShort')}</Table.Th>
              <Table.Th scope="col">{t('plan.wizard.topFive.peak')}</Table.Th>
              <Table.Th scope="col">{t('plan.wizard.topFive.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ranking.map((c) => (
              <Table.Tr key={c.processId}>
                <Table.Td>{c.rank}</Table.Td>
                <Table.Th scope="row">{c.name}</Table.Th>
                <Table.Td>{mtpdValueText(t, bia.mtpdByProcess.get(c.processId))}</Table.Td>
                <Table.Td>
                  {c.peakImpact} {t(`plan.levels.${c.peakImpact}`)}
                </Table.Td>
                <Table.Td>
                  {chosen.has(c.processId) ? (
                    <Badge variant="light" color="green">
                      {t('plan.wizard.topFive.inTopFive')}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={entries.length >= TOP_FIVE_SIZE}
                      onClick={() => void save([...entries, { processId: c.processId, reason: '' }])}
                      aria-label={t('plan.wizard.topFive.addNamed', { name: c.name })}
                    >
                      {t('plan.wizard.topFive.add')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
