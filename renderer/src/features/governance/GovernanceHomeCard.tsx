import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { actionItemState } from '../../domain/exercise/actionItem';
import { exerciseSchedule, exercisesNeedingAttention } from '../../domain/exercise/schedule';
import { reviewStatus } from '../../domain/governance/annualReview';
import { currentApprovedVersion } from '../../domain/governance/planVersion';
import { DueBadge } from '../exercises/ScheduleSection';
import { READINESS_COLOURS, useReadiness } from '../readiness/ReadinessScreen';
import { formatCalendarDate } from './format';
import { useGovernanceRecords, useToday } from './hooks';
import { GOVERNANCE_PATHS, READINESS_PATHS } from './paths';
import '../exercises/exercises.css';

/** On Home: exercises due or overdue, open and overdue actions, the annual review, and ECC 3-1 readiness. */
export function GovernanceHomeCard() {
  const { t, i18n } = useTranslation();
  const { exercises, cadences, actions, versions } = useGovernanceRecords();
  const today = useToday();
  const { report } = useReadiness();
  const due = exercisesNeedingAttention(exerciseSchedule(cadences, exercises, today));
  const open = actions.filter((a) => a.status !== 'done');
  const overdue = open.filter((a) => actionItemState(a, today) === 'overdue');
  const review = reviewStatus(currentApprovedVersion(versions), today);
  const locale = i18n.language;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lb-home-governance" maw={720} className="lb-gov">
      <Stack gap="sm">
        <Title order={2} size="h3" id="lb-home-governance">{t('governance.home.title')}</Title>
        <Stack gap={4}>
          <Text fw={600}>{t('governance.home.exercises')}</Text>
          {cadences.length === 0 ? (
            <Text>{t('governance.home.noSchedule')} <Anchor component={Link} to={READINESS_PATHS['exercises/schedule']}>{t('governance.home.setSchedule')}</Anchor></Text>
          ) : due.length === 0 ? (
            <Text>{t('governance.home.exercisesOnTime')}</Text>
          ) : (
            <List spacing={4}>
              {due.map((entry) => (
                <List.Item key={entry.cadence.id}>
                  <Group gap="xs">
                    <DueBadge state={entry.state} />
                    <Anchor component={Link} to={READINESS_PATHS['exercises/schedule']}>
                      {t('governance.home.exerciseDue', { title: entry.cadence.title, date: formatCalendarDate(entry.nextDue, locale) })}
                    </Anchor>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('governance.home.actions')}</Text>
          <Group gap="xs">
            {overdue.length > 0 && <Badge color="red" variant="light">{t('governance.home.overdueActions', { count: overdue.length })}</Badge>}
            <Anchor component={Link} to={GOVERNANCE_PATHS.actions}>
              {open.length === 0 ? t('governance.home.noOpenActions') : t('governance.home.openActions', { count: open.length })}
            </Anchor>
          </Group>
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('governance.home.review')}</Text>
          <Anchor component={Link} to={READINESS_PATHS['governance/review']}>
            {review.state === 'not-approved'
              ? t('governance.home.notApproved')
              : t(`governance.home.reviewStates.${review.state}`, { date: formatCalendarDate(review.nextReviewDue, locale) })}
          </Anchor>
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('governance.home.readiness')}</Text>
          <Group gap="xs">
            {(['met', 'partial', 'missing'] as const).map((status) => (
              <Badge key={status} color={READINESS_COLOURS[status]} variant="light">
                {t(`governance.home.readinessCount.${status}`, { count: report.counts[status] })}
              </Badge>
            ))}
            <Anchor component={Link} to={GOVERNANCE_PATHS.readiness}>{t('governance.home.seeReadiness')}</Anchor>
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}
