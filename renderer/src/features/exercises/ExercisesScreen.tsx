import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from '../../i18n';
import { EXERCISE_KIND, EXERCISE_TYPES, exerciseSchema, type Exercise, type ExerciseType } from '../../domain/exercise/exercise';
import { exerciseMetrics, type ExerciseOutcome } from '../../domain/exercise/metrics';
import { exerciseSchedule } from '../../domain/exercise/schedule';
import { newRecordId } from '../../domain/record';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { formatCalendarDate } from '../governance/format';
import { serialWrite, useGovernanceRecords, useToday } from '../governance/hooks';
import { exercisePath, GOVERNANCE_PATHS } from '../governance/paths';
import { useScrollToHash } from '../governance/useScrollToHash';
import { ActionItemsTable, sortActions } from './ActionItems';
import { ScheduleSection } from './ScheduleSection';
import './exercises.css';

export const OUTCOME_COLOURS: Record<ExerciseOutcome, string> = { pass: 'green', fail: 'red', 'not-assessed': 'gray' };

export function OutcomeBadge({ outcome }: { outcome: ExerciseOutcome }) {
  const { t } = useTranslation();
  return <Badge color={OUTCOME_COLOURS[outcome]} variant="light">{t(`governance.outcomes.${outcome}`)}</Badge>;
}

/** Step 4 of the seed: the schedule, the exercises held and planned, and what they left to fix. */
export function ExercisesScreen() {
  const { t } = useTranslation();
  const { exercises, cadences, processes, actions, organisation } = useGovernanceRecords();
  const today = useToday();
  useScrollToHash();
  const entries = exerciseSchedule(cadences, exercises, today).sort((a, b) => a.nextDue.localeCompare(b.nextDue));
  const open = sortActions(actions.filter((a) => a.status !== 'done'));
  return (
    <Stack gap="xl" className="lb-gov">
      <Stack>
        <Title order={1} size="h2">{t('governance.exercises.title')}</Title>
        <Text maw={720}>{t('governance.exercises.intro')}</Text>
      </Stack>
      <ScheduleSection entries={entries} processes={processes} organisationName={organisation?.name} />
      <ExerciseList exercises={exercises} />
      <section aria-labelledby="lb-open-actions">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h3" id="lb-open-actions">{t('governance.exercises.openActions')}</Title>
            <Anchor component={Link} to={GOVERNANCE_PATHS.actions}>{t('governance.exercises.allActions')}</Anchor>
          </Group>
          <ActionItemsTable items={open} exercises={exercises} caption={t('governance.exercises.openActions')} />
        </Stack>
      </section>
    </Stack>
  );
}

function ExerciseList({ exercises }: { exercises: Exercise[] }) {
  const { t, i18n } = useTranslation();
  const [creating, setCreating] = useState(false);
  const sorted = [...exercises].sort((a, b) => (b.heldOn ?? b.scheduledFor ?? '').localeCompare(a.heldOn ?? a.scheduledFor ?? ''));
  return (
    <section aria-labelledby="lb-exercise-list">
      <Stack>
        <Title order={2} size="h3" id="lb-exercise-list">{t('governance.exercises.listTitle')}</Title>
        {creating ? (
          <Paper withBorder p="md"><NewExerciseForm onCancel={() => setCreating(false)} /></Paper>
        ) : (
          <Group><Button onClick={() => setCreating(true)}>{t('governance.exercises.new')}</Button></Group>
        )}
        {sorted.length === 0 ? (
          <Text>{t('governance.exercises.none')}</Text>
        ) : (
          <div className="lb-table-scroll">
            <Table withTableBorder striped aria-labelledby="lb-exercise-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.exercises.columnTitle')}</Table.Th>
                  <Table.Th scope="col">{t('governance.exercises.columnType')}</Table.Th>
                  <Table.Th scope="col">{t('governance.exercises.columnDate')}</Table.Th>
                  <Table.Th scope="col">{t('governance.exercises.columnStatus')}</Table.Th>
                  <Table.Th scope="col">{t('governance.exercises.columnResult')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((exercise) => (
                  <Table.Tr key={exercise.id}>
                    <Table.Th scope="row"><Anchor component={Link} to={exercisePath(exercise.id)}>{exercise.title}</Anchor></Table.Th>
                    <Table.Td>{t(`governance.exerciseTypes.${exercise.type}`)}</Table.Td>
                    <Table.Td>{formatCalendarDate(exercise.heldOn ?? exercise.scheduledFor, i18n.language) || t('governance.common.notSet')}</Table.Td>
                    <Table.Td>{t(`governance.exerciseStatuses.${exercise.status}`)}</Table.Td>
                    <Table.Td><OutcomeBadge outcome={exerciseMetrics(exercise).outcome} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </section>
  );
}

function NewExerciseForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const navigate = useNavigate();
  const today = useToday();
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ExerciseType>('tabletop');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setError(t('governance.exercise.errors.title'));
    const parsed = exerciseSchema.safeParse({
      id: newRecordId(),
      kind: EXERCISE_KIND,
      updatedAt: new Date().toISOString(),
      title,
      type,
      status: 'planned',
      ...(date ? { scheduledFor: date } : {}),
      scope: { environment: type === 'tabletop' || type === 'walkthrough' ? 'discussion-only' : 'staging', processIds: [], notes: '' },
    });
    if (!parsed.success) return setError(t('governance.exercise.errors.invalid'));
    setBusy(true);
    setError(null);
    try {
      await serialWrite(store, (s) => s.save(parsed.data));
      navigate(exercisePath(parsed.data.id));
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={520}>
        <Title order={3} size="h4">{t('governance.exercises.newTitle')}</Title>
        <TextInput label={t('governance.exercise.fieldTitle')} description={t('governance.exercise.fieldTitleHint')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <NativeSelect
          label={t('governance.exercise.fieldType')}
          description={t('governance.exercise.fieldTypeHint')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as ExerciseType)}
          data={EXERCISE_TYPES.map((value) => ({ value, label: t(`governance.exerciseTypes.${value}`) }))}
        />
        <TextInput type="date" label={t('governance.exercise.fieldScheduledFor')} value={date} onChange={(e) => setDate(e.currentTarget.value)} maw={220} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button type="submit" loading={busy}>{t('governance.exercises.create')}</Button>
          <Button variant="default" onClick={onCancel}>{t('governance.common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
