import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { biaSummary, hasBlockingWarnings } from '../../domain/bia/summary';
import type { BiaWarning } from '../../domain/bia/warnings';
import { formatMinutes } from '../../domain/duration';
import { TOP_FIVE_KIND, topFiveSelectionSchema } from '../../domain/topFive';
import { useTranslation } from '../../i18n';
import { CsvExportButton } from '../csv/CsvExportButton';
import { useBia, useTopFive } from '../plan/data';
import { saveErrorText } from '../plan/fields';
import { mtpdValueText } from '../plan/MtpdExplain';
import { PATHS } from '../plan/paths';
import { useSaver } from '../plan/saver';
import { WarningList, type FixHandler } from '../plan/warnings';
import { notify } from '../plan/scope';

/** Step 6: the BIA summary of the five, every finding with a way to fix it, and "ready for sign-off". */
export function StepReview({ onFix }: { onFix: FixHandler }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const bia = useBia();
  const topFive = useTopFive();
  const rows = biaSummary(bia);
  const shown = new Set(rows.map((r) => r.processId));
  const others = bia.warnings.filter((w) => w.processId === undefined || !shown.has(w.processId));
  const blocking = hasBlockingWarnings(rows);
  const allFindings = rows.flatMap((r) => r.warnings);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const w of allFindings) counts[w.severity]++;
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.notSet') : formatMinutes(m));
  const ready = topFive?.readyForSignOffAt;

  async function markReady(on: boolean) {
    try {
      await saver.updateSingleton(topFiveSelectionSchema, TOP_FIVE_KIND, (cur) => ({
        entries: cur?.entries ?? rows.map((r) => ({ processId: r.processId, reason: '' })),
        readyForSignOffAt: on ? new Date().toISOString() : undefined,
      }));
      notify(t, { color: 'green', message: on ? t('plan.wizard.review.markedReady') : t('plan.wizard.review.unmarked') });
    } catch (e) {
      notify(t, { color: 'red', message: saveErrorText(t, e) });
    }
  }

  return (
    <Stack gap="lg">
      <Text>{t('plan.wizard.review.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}</Text>
      <Text size="sm">{t('plan.wizard.review.legend')}</Text>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders aria-label={t('plan.wizard.review.tableLabel')} className="lb-review-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              <Table.Th scope="col">{t('plan.wizard.review.process')}</Table.Th>
              <Table.Th scope="col">{t('plan.process.owner')}</Table.Th>
              <Table.Th scope="col">{t('plan.process.deputy')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.mtpdAbbr')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.rtoAbbr')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.rpoAbbr')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.tier')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.mbcoAbbr')}</Table.Th>
              <Table.Th scope="col">{t('plan.wizard.review.dependencies')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.findings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.processId}>
                <Table.Td>{r.rank}</Table.Td>
                <Table.Th scope="row">{r.name}</Table.Th>
                <Table.Td>{r.owner || t('plan.common.notSet')}</Table.Td>
                <Table.Td>{r.deputy || t('plan.common.notSet')}</Table.Td>
                <Table.Td>
                  {mtpdValueText(t, r.mtpd)}
                  {r.mtpd.source === 'override' && (
                    <Text span size="xs">
                      {' '}
                      {t('plan.wizard.review.yourChoice')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{time(r.rtoMinutes)}</Table.Td>
                <Table.Td>{time(r.rpoMinutes)}</Table.Td>
                <Table.Td>{r.tier ? t(`plan.tier.${r.tier}`) : t('plan.common.notSet')}</Table.Td>
                <Table.Td>{r.mbco || t('plan.common.notSet')}</Table.Td>
                <Table.Td>{r.dependencyCount}</Table.Td>
                <Table.Td>
                  <FindingCounts warnings={r.warnings} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <section aria-labelledby="findings-title">
        <Title order={3} id="findings-title" mb="sm">
          {t('plan.wizard.review.findingsTitle')}
        </Title>
        <Stack gap="md">
          {rows.map((r) => (
            <Paper key={r.processId} withBorder p="sm">
              <Title order={4} mb="xs">
                {r.rank}. {r.name}
              </Title>
              <WarningList warnings={r.warnings} onFix={onFix} />
            </Paper>
          ))}
          {others.length > 0 && (
            <Paper withBorder p="sm">
              <Title order={4} mb="xs">
                {t('plan.wizard.review.otherFindings')}
              </Title>
              <WarningList warnings={others} onFix={onFix} />
            </Paper>
          )}
        </Stack>
      </section>

      <Paper withBorder p="md" component="section" aria-labelledby="sign-off-title">
        <Stack gap="sm">
          <Title order={3} id="sign-off-title">
            {t('plan.wizard.review.signOffTitle')}
          </Title>
          {ready ? (
            <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('plan.wizard.review.readyTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('plan.wizard.review.readySince', { date: new Date(ready).toLocaleString() })}</Text>
                <Group>
                  <Button size="xs" variant="default" onClick={() => void markReady(false)}>
                    {t('plan.wizard.review.unmark')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <>
              <Text size="sm">{blocking ? t('plan.wizard.review.blocked') : t('plan.wizard.review.readyHelp')}</Text>
              <Group>
                <Button leftSection={<IconCircleCheck size={16} aria-hidden />} disabled={blocking || rows.length === 0} onClick={() => void markReady(true)}>
                  {t('plan.wizard.review.markReady')}
                </Button>
              </Group>
            </>
          )}
          <CsvExportButton what="bia" />
          <Text size="sm">
            {t('plan.wizard.review.afterwards')}{' '}
            <Anchor component={Link} to={PATHS.processes}>
              {t('plan.wizard.review.allProcesses')}
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}

function FindingCounts({ warnings }: { warnings: readonly BiaWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return <Text size="sm">{t('plan.common.noneFound')}</Text>;
  const by = (s: BiaWarning['severity']) => warnings.filter((w) => w.severity === s).length;
  return (
    <Stack gap={2}>
      {by('error') > 0 && (
        <Text size="sm" fw={700} c="red.9">
          {t('plan.wizard.review.errorsCount', { count: by('error') })}
        </Text>
      )}
      {by('warning') > 0 && <Text size="sm">{t('plan.wizard.review.warningsCount', { count: by('warning') })}</Text>}
      {by('info') > 0 && <Text size="sm">{t('plan.wizard.review.infosCount', { count: by('info') })}</Text>}
    </Stack>
  );
}
