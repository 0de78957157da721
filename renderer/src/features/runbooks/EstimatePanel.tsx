import { Alert, Badge, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import type { StepLike } from '../../domain/runbook';
import { formatDuration } from '../strategies/format';
import { dependencyProblemText, type RunbookEstimate } from './estimate';

const VERDICT_COLOR = { 'no-target': 'gray', within: 'green', 'over-if-sequential': 'orange', over: 'red' } as const;

/** A short badge for lists: "35 min, within RTO". */
export function EstimateBadge({ estimate }: { estimate: RunbookEstimate }) {
  const { t } = useTranslation();
  if (!estimate.ok) return <Badge color="red" variant="light">{t('response.estimate.badgeProblem')}</Badge>;
  const { verdict } = estimate.check;
  return (
    <Badge color={VERDICT_COLOR[verdict]} variant="light">
      {t(`response.estimate.badge.${verdict}`, { duration: formatDuration(t, estimate.schedule.criticalPathMinutes) })}
    </Badge>
  );
}

/** Estimated duration and critical path against the RTO, flagged when over. */
export function EstimatePanel({ estimate, steps, rtoMinutes }: { estimate: RunbookEstimate; steps: readonly StepLike[]; rtoMinutes: number | undefined }) {
  const { t } = useTranslation();
  if (!estimate.ok) {
    return <Alert color="red" title={t('response.estimate.problemTitle')}>{dependencyProblemText(t, estimate.problem, steps)}</Alert>;
  }
  const { schedule, check } = estimate;
  const numbers = schedule.criticalPath.map((id) => steps.findIndex((s) => s.id === id) + 1).join(', ');
  const values = {
    critical: formatDuration(t, schedule.criticalPathMinutes),
    total: formatDuration(t, schedule.totalMinutes),
    rto: rtoMinutes === undefined ? '' : formatDuration(t, rtoMinutes),
    over: check.marginMinutes === undefined ? '' : formatDuration(t, Math.abs(check.marginMinutes)),
  };
  return (
    <Alert color={VERDICT_COLOR[check.verdict]} title={t(`response.estimate.title.${check.verdict}`, values)}>
      <Text size="sm">{t('response.estimate.durations', values)}</Text>
      {numbers && <Text size="sm">{t('response.estimate.criticalPath', { steps: numbers })}</Text>}
      <Text size="sm">{t(`response.estimate.advice.${check.verdict}`, values)}</Text>
    </Alert>
  );
}
