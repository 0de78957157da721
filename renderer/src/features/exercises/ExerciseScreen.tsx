import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { formatCalendarDate } from '../governance/format';
import { serialWrite, useGovernanceRecords } from '../governance/hooks';
import { GOVERNANCE_PATHS } from '../governance/paths';
import { AttendancePanel } from './AttendancePanel';
import { ExerciseLogPanel } from './ExerciseLogPanel';
import { ExercisePlanForm } from './ExercisePlanForm';
import { MetricsPanel } from './MetricsPanel';
import { PostMortemPanel } from './PostMortemPanel';
import './exercises.css';

/** One exercise from plan to post-mortem: plan, attendance, timed log, metrics, findings and actions. */
export function ExerciseScreen() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const { exercises, processes, contacts, incidents, actions } = useGovernanceRecords();
  const exercise = exercises.find((e) => e.id === id);
  if (!exercise) {
    return (
      <Stack className="lb-gov">
        <Title order={1} size="h2">{t('governance.exercise.notFoundTitle')}</Title>
        <Text>{t('governance.exercise.notFound')}</Text>
        <Anchor component={Link} to={GOVERNANCE_PATHS.exercises}>{t('governance.exercise.back')}</Anchor>
      </Stack>
    );
  }
  const when = exercise.heldOn ?? exercise.scheduledFor;
  return (
    <Stack gap="xl" className="lb-gov">
      <Stack gap="xs">
        <Anchor component={Link} to={GOVERNANCE_PATHS.exercises}>{t('governance.exercise.back')}</Anchor>
        <Title order={1} size="h2">{exercise.title}</Title>
        <Text>
          {t('governance.exercise.subtitle', {
            type: t(`governance.exerciseTypes.${exercise.type}`),
            status: t(`governance.exerciseStatuses.${exercise.status}`),
            date: when ? formatCalendarDate(when, i18n.language) : t('governance.common.notSet'),
          })}
        </Text>
      </Stack>
      <ExercisePlanForm key={`plan-${exercise.id}`} exercise={exercise} processes={processes} />
      <AttendancePanel exercise={exercise} contacts={contacts} />
      <ExerciseLogPanel exercise={exercise} incidents={incidents} />
      <MetricsPanel exercise={exercise} />
      <PostMortemPanel key={`pm-${exercise.id}`} exercise={exercise} actions={actions} />
      <DeleteExercise id={exercise.id} title={exercise.title} hasActions={actions.some((a) => a.parentId === exercise.id)} />
    </Stack>
  );
}

function DeleteExercise({ id, title, hasActions }: { id: string; title: string; hasActions: boolean }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (hasActions) return <Text size="sm" c="dimmed">{t('governance.exercise.cannotDelete')}</Text>;
  return (
    <Stack gap="xs">
      {confirming ? (
        <Group>
          <Text>{t('governance.exercise.deleteConfirm', { title })}</Text>
          <Button
            color="red"
            onClick={() =>
              void serialWrite(store, (s) => s.remove(id))
                .then(() => navigate(GOVERNANCE_PATHS.exercises))
                .catch((e: unknown) => setError(userMessage(t, e)))
            }
          >
            {t('governance.exercise.deleteYes')}
          </Button>
          <Button variant="default" onClick={() => setConfirming(false)}>{t('governance.common.cancel')}</Button>
        </Group>
      ) : (
        <Group><Button color="red" variant="subtle" onClick={() => setConfirming(true)}>{t('governance.exercise.delete')}</Button></Group>
      )}
      {error && <Alert color="red" role="alert">{error}</Alert>}
    </Stack>
  );
}
