import { useState } from 'react';
import { Alert, Badge, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import type { Exercise } from '../../domain/exercise/exercise';
import { exerciseMetrics, type CriterionResult } from '../../domain/exercise/metrics';
import { formatDuration } from '../governance/format';
import { OutcomeBadge } from './ExercisesScreen';
import { exerciseErrorText, useExerciseUpdate } from './useExerciseUpdate';

const RESULT_COLOURS: Record<CriterionResult, string> = { met: 'green', 'not-met': 'red', 'not-assessed': 'gray' };

/** The seed's figures, derived from the timed log, and pass or fail against the success criteria. */
export function MetricsPanel({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const update = useExerciseUpdate(exercise.id);
  const [error, setError] = useState<string | null>(null);
  const m = exerciseMetrics(exercise);
  const notMeasured = t('governance.metrics.notMeasured');

  async function judge(id: string, value: string) {
    setError(null);
    const result = value === 'met' || value === 'not-met' ? value : null;
    try {
      await update((current) => ({ successCriteria: current.successCriteria.map((c) => (c.id === id ? { ...c, result } : c)) }));
    } catch (e) {
      setError(exerciseErrorText(t, e));
    }
  }

  return (
    <section aria-labelledby="lb-exercise-metrics">
      <Stack>
        <Group>
          <Title order={2} size="h3" id="lb-exercise-metrics">{t('governance.metrics.title')}</Title>
          <OutcomeBadge outcome={m.outcome} />
        </Group>
        <div className="lb-metrics">
          <Paper withBorder p="sm">
            <Text size="sm">{t('governance.metrics.timeToDetect')}</Text>
            <Text className="lb-metric-value">{m.timeToDetectMinutes === null ? notMeasured : formatDuration(m.timeToDetectMinutes)}</Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text size="sm">{t('governance.metrics.timeToRecover')}</Text>
            <Text className="lb-metric-value">{m.timeToRecoverMinutes === null ? notMeasured : formatDuration(m.timeToRecoverMinutes)}</Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text size="sm">{t('governance.metrics.workflows')}</Text>
            <Text className="lb-metric-value">
              {m.workflowsValidatedPercent === null ? t('governance.metrics.noWorkflows') : `${Math.round(m.workflowsValidatedPercent)} %`}
            </Text>
            {m.workflowsTotal > 0 && <Text size="sm">{t('governance.metrics.workflowsOf', { validated: m.workflowsValidated, total: m.workflowsTotal })}</Text>}
          </Paper>
        </div>
        <Text size="sm" c="dimmed" maw={720}>{t('governance.metrics.howMeasured')}</Text>
        {m.criteria.length === 0 ? (
          <Text>{t('governance.metrics.noCriteria')}</Text>
        ) : (
          <div className="lb-table-scroll">
            <Table withTableBorder>
              <caption className="lb-sr-only">{t('governance.metrics.criteriaCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.metrics.columnCriterion')}</Table.Th>
                  <Table.Th scope="col">{t('governance.metrics.columnResult')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {m.criteria.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row">
                      {c.text}
                      <Text size="sm" c="dimmed">{c.automatic ? t('governance.metrics.fromLog') : t('governance.metrics.judgedByYou')}</Text>
                    </Table.Th>
                    <Table.Td>
                      {c.automatic ? (
                        <Badge color={RESULT_COLOURS[c.result]} variant="light">{t(`governance.criterionResults.${c.result}`)}</Badge>
                      ) : (
                        <NativeSelect
                          aria-label={t('governance.metrics.judgeNamed', { criterion: c.text })}
                          value={c.result === 'not-assessed' ? '' : c.result}
                          onChange={(e) => void judge(c.id, e.currentTarget.value)}
                          data={[
                            { value: '', label: t('governance.criterionResults.not-assessed') },
                            { value: 'met', label: t('governance.criterionResults.met') },
                            { value: 'not-met', label: t('governance.criterionResults.not-met') },
                          ]}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
      </Stack>
    </section>
  );
}
