import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '../../i18n';
import { actionItemFromFinding, type ActionItem } from '../../domain/exercise/actionItem';
import { addCalendarDays } from '../../domain/exercise/calendarDate';
import type { Exercise, Finding } from '../../domain/exercise/exercise';
import { newRecordId } from '../../domain/record';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { serialWrite, useToday } from '../governance/hooks';
import { ActionItemsTable, sortActions } from './ActionItems';
import { exerciseErrorText, useExerciseUpdate } from './useExerciseUpdate';

/** Days an action is given by default: a month leaves room for a change ticket to go through. */
const DEFAULT_ACTION_DAYS = 30;

/** The debrief: what was learnt, each finding turned into an action with a name and a date on it. */
export function PostMortemPanel({ exercise, actions }: { exercise: Exercise; actions: ActionItem[] }) {
  const { t } = useTranslation();
  const update = useExerciseUpdate(exercise.id);
  const [postMortem, setPostMortem] = useState(exercise.postMortem);
  const [finding, setFinding] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const own = actions.filter((a) => a.parentId === exercise.id);
  const byFinding = new Map(own.filter((a) => a.findingId).map((a) => [a.findingId as string, a]));

  async function savePostMortem(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await update(() => ({ postMortem }));
      notifications.show({ color: 'green', message: t('governance.postMortem.saved'), closeButtonProps: { 'aria-label': t('governance.common.closeMessage') } });
    } catch (e) {
      setError(exerciseErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  async function addFinding(event: FormEvent) {
    event.preventDefault();
    if (!finding.trim()) return setError(t('governance.postMortem.errors.finding'));
    setError(null);
    try {
      await update((current) => ({ findings: [...current.findings, { id: newRecordId(), text: finding.trim() }] }));
      setFinding('');
    } catch (e) {
      setError(exerciseErrorText(t, e));
    }
  }

  return (
    <section aria-labelledby="lb-post-mortem">
      <Stack>
        <Title order={2} size="h3" id="lb-post-mortem">{t('governance.postMortem.title')}</Title>
        <form onSubmit={savePostMortem} noValidate>
          <Stack gap="xs" maw={720}>
            <Textarea label={t('governance.postMortem.fieldPostMortem')} description={t('governance.postMortem.fieldPostMortemHint')} value={postMortem} onChange={(e) => setPostMortem(e.currentTarget.value)} autosize minRows={3} />
            <Group><Button type="submit" variant="default" loading={busy}>{t('governance.postMortem.save')}</Button></Group>
          </Stack>
        </form>
        <Title order={3} size="h4">{t('governance.postMortem.findingsTitle')}</Title>
        {exercise.findings.length === 0 && <Text c="dimmed">{t('governance.postMortem.noFindings')}</Text>}
        {exercise.findings.map((f, i) => (
          <Paper key={f.id} withBorder p="sm">
            <Stack gap="xs">
              <Text><Text span fw={600}>{t('governance.postMortem.findingN', { n: i + 1 })}</Text> {f.text}</Text>
              {byFinding.has(f.id) ? (
                <Text size="sm">{t('governance.postMortem.hasAction', { owner: byFinding.get(f.id)?.owner ?? '' })}</Text>
              ) : (
                <AssignAction exercise={exercise} finding={f} index={i + 1} />
              )}
            </Stack>
          </Paper>
        ))}
        <form onSubmit={addFinding} noValidate aria-label={t('governance.postMortem.addFindingLabel')}>
          <Group align="flex-end">
            <TextInput label={t('governance.postMortem.fieldFinding')} description={t('governance.postMortem.fieldFindingHint')} value={finding} onChange={(e) => setFinding(e.currentTarget.value)} miw={320} className="lb-grow-field" />
            <Button type="submit" variant="default">{t('governance.postMortem.addFinding')}</Button>
          </Group>
        </form>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Title order={3} size="h4">{t('governance.postMortem.actionsTitle')}</Title>
        <ActionItemsTable items={sortActions(own)} exercises={[exercise]} showSource={false} caption={t('governance.postMortem.actionsTitle')} />
      </Stack>
    </section>
  );
}

function AssignAction({ exercise, finding, index }: { exercise: Exercise; finding: Finding; index: number }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const today = useToday();
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState(addCalendarDays(today, DEFAULT_ACTION_DAYS));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!owner.trim()) return setError(t('governance.actions.errors.owner'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) return setError(t('governance.actions.errors.dueDate'));
    setBusy(true);
    setError(null);
    try {
      const item = actionItemFromFinding(exercise, finding, { id: newRecordId(), owner, dueDate: due, updatedAt: new Date().toISOString() });
      await serialWrite(store, (s) => s.save(item));
    } catch (e) {
      setError(e instanceof Error && e.name === 'ZodError' ? t('governance.actions.errors.invalid') : userMessage(t, e));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.postMortem.assignLabel', { n: index })}>
      <Group align="flex-end">
        <TextInput label={t('governance.postMortem.fieldOwner', { n: index })} description={t('governance.postMortem.fieldOwnerHint')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} />
        <TextInput type="date" label={t('governance.postMortem.fieldDue', { n: index })} value={due} onChange={(e) => setDue(e.currentTarget.value)} />
        <Button type="submit" loading={busy}>{t('governance.postMortem.createAction')}</Button>
      </Group>
      {error && <Alert color="red" role="alert" mt="xs">{error}</Alert>}
    </form>
  );
}
