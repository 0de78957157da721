import { useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { LIVE_EXERCISE_TYPES, LOG_ENTRY_KINDS, type Exercise, type ExerciseLogEntry, type LogEntryKind } from '../../domain/exercise/exercise';
import { logFromIncident, mergeLog } from '../../domain/exercise/incidentTimeline';
import type { Incident } from '../../domain/incident/incident';
import { newRecordId } from '../../domain/record';
import { formatClock, formatInstant, fromLocalInputValue } from '../governance/format';
import { closedIncidents, incidentTimelineOf } from './incidentLink';
import { minutesSinceStart, sortedLog, tPlus } from './logTimes';
import { exerciseErrorText, useExerciseUpdate } from './useExerciseUpdate';

/** The timed log, typed as the exercise runs: one line and Enter, the time taken from the clock. */
export function ExerciseLogPanel({ exercise, incidents }: { exercise: Exercise; incidents: Incident[] }) {
  const { t, i18n } = useTranslation();
  const update = useExerciseUpdate(exercise.id);
  const [kind, setKind] = useState<LogEntryKind>('note');
  const [text, setText] = useState('');
  const [by, setBy] = useState('');
  const [at, setAt] = useState('');
  const [workflowId, setWorkflowId] = useState(exercise.criticalWorkflows[0]?.id ?? '');
  const [outcome, setOutcome] = useState<'pass' | 'fail'>('pass');
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const log = sortedLog(exercise.log);
  const tFrom = minutesSinceStart(exercise.log);
  const workflowName = new Map(exercise.criticalWorkflows.map((w) => [w.id, w.name]));

  async function append(entry: Omit<ExerciseLogEntry, 'id' | 'at'> & { at?: string }) {
    setError(null);
    const full: ExerciseLogEntry = { id: newRecordId(), at: entry.at ?? new Date().toISOString(), ...entry } as ExerciseLogEntry;
    if (by.trim()) full.by = by.trim();
    try {
      await update((current) => ({ log: [...current.log, full] }));
      return true;
    } catch (e) {
      setError(exerciseErrorText(t, e));
      return false;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = at ? fromLocalInputValue(at) : undefined;
    if (at && !when) return setError(t('governance.log.errors.time'));
    if (kind === 'workflow-check' && !workflowId) return setError(t('governance.log.errors.workflow'));
    if (kind !== 'workflow-check' && !text.trim() && !['disruption', 'detected', 'recovered'].includes(kind)) return setError(t('governance.log.errors.text'));
    const ok = await append({
      kind,
      text: text.trim() || (kind === 'workflow-check' ? '' : t(`governance.logKinds.${kind}`)),
      ...(when ? { at: when } : {}),
      ...(kind === 'workflow-check' ? { workflowId, outcome } : {}),
    });
    if (ok) {
      setText('');
      setAt('');
      textRef.current?.focus();
    }
  }

  const live = LIVE_EXERCISE_TYPES.includes(exercise.type);
  return (
    <section aria-labelledby="lb-exercise-log">
      <Stack>
        <Title order={2} size="h3" id="lb-exercise-log">{t('governance.log.title')}</Title>
        <Text maw={720}>{t('governance.log.intro')}</Text>
        <Group>
          <Button color="red" variant="light" onClick={() => void append({ kind: 'disruption', text: t('governance.logKinds.disruption') })}>{t('governance.log.quickDisruption')}</Button>
          <Button color="yellow" variant="light" onClick={() => void append({ kind: 'detected', text: t('governance.logKinds.detected') })}>{t('governance.log.quickDetected')}</Button>
          <Button color="green" variant="light" onClick={() => void append({ kind: 'recovered', text: t('governance.logKinds.recovered') })}>{t('governance.log.quickRecovered')}</Button>
        </Group>
        <form onSubmit={submit} noValidate aria-label={t('governance.log.formLabel')}>
          <Stack gap="xs">
            <div className="lb-quick-log">
              <NativeSelect
                label={t('governance.log.fieldKind')}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as LogEntryKind)}
                data={LOG_ENTRY_KINDS.filter((k) => k !== 'workflow-check' || exercise.criticalWorkflows.length > 0).map((value) => ({ value, label: t(`governance.logKinds.${value}`) }))}
              />
              <TextInput ref={textRef} label={t('governance.log.fieldText')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
              <TextInput label={t('governance.log.fieldBy')} value={by} onChange={(e) => setBy(e.currentTarget.value)} maxLength={20} />
              <Button type="submit">{t('governance.log.add')}</Button>
            </div>
            <Group align="flex-end">
              {kind === 'workflow-check' && (
                <>
                  <NativeSelect label={t('governance.log.fieldWorkflow')} value={workflowId} onChange={(e) => setWorkflowId(e.currentTarget.value)} data={exercise.criticalWorkflows.map((w) => ({ value: w.id, label: w.name }))} />
                  <NativeSelect
                    label={t('governance.log.fieldOutcome')}
                    value={outcome}
                    onChange={(e) => setOutcome(e.currentTarget.value as 'pass' | 'fail')}
                    data={[{ value: 'pass', label: t('governance.log.outcomePass') }, { value: 'fail', label: t('governance.log.outcomeFail') }]}
                  />
                </>
              )}
              <TextInput type="datetime-local" label={t('governance.log.fieldAt')} description={t('governance.log.fieldAtHint')} value={at} onChange={(e) => setAt(e.currentTarget.value)} />
            </Group>
          </Stack>
        </form>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {log.length === 0 ? (
          <Text c="dimmed">{t('governance.log.empty')}</Text>
        ) : (
          <div className="lb-table-scroll">
            <Table withTableBorder striped aria-labelledby="lb-exercise-log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.log.columnTime')}</Table.Th>
                  <Table.Th scope="col">{t('governance.log.columnT')}</Table.Th>
                  <Table.Th scope="col">{t('governance.log.columnKind')}</Table.Th>
                  <Table.Th scope="col">{t('governance.log.columnText')}</Table.Th>
                  <Table.Th scope="col">{t('governance.log.columnBy')}</Table.Th>
                  <Table.Th scope="col"><span className="lb-sr-only">{t('governance.common.actions')}</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td className="lb-log-time" title={formatInstant(entry.at, i18n.language)}>{formatClock(entry.at, i18n.language)}</Table.Td>
                    <Table.Td className="lb-log-time">{tPlus(tFrom.get(entry.id))}</Table.Td>
                    <Table.Td>{t(`governance.logKinds.${entry.kind}`)}</Table.Td>
                    <Table.Td>
                      {entry.kind === 'workflow-check'
                        ? t('governance.log.workflowChecked', { workflow: workflowName.get(entry.workflowId ?? '') ?? '', outcome: t(entry.outcome === 'fail' ? 'governance.log.outcomeFail' : 'governance.log.outcomePass') })
                        : entry.text}
                      {entry.kind === 'workflow-check' && entry.text ? ` — ${entry.text}` : ''}
                    </Table.Td>
                    <Table.Td>{entry.by ?? ''}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void update((current) => ({ log: current.log.filter((e) => e.id !== entry.id) })).catch((e: unknown) => setError(exerciseErrorText(t, e)))}
                        aria-label={t('governance.log.removeNamed', { time: formatClock(entry.at, i18n.language) })}
                      >
                        {t('governance.common.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {live && <IncidentLink exercise={exercise} incidents={incidents} />}
      </Stack>
    </section>
  );
}

/** A live test run in responder mode takes its timeline from the closed incident. */
function IncidentLink({ exercise, incidents }: { exercise: Exercise; incidents: Incident[] }) {
  const { t, i18n } = useTranslation();
  const update = useExerciseUpdate(exercise.id);
  const closed = closedIncidents(incidents);
  const [incidentId, setIncidentId] = useState(exercise.incidentId ?? closed[0]?.id ?? '');
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const linked = incidents.find((i) => i.id === exercise.incidentId);

  async function take() {
    const incident = closed.find((i) => i.id === incidentId);
    if (!incident) return setMessage({ color: 'red', text: t('governance.log.incidentPick') });
    try {
      const entries = logFromIncident(incidentTimelineOf(incident));
      await update((current) => ({ incidentId: incident.id, log: mergeLog(current.log, entries) }));
      setMessage({ color: 'green', text: t('governance.log.incidentTaken', { count: entries.length, title: incident.title }) });
    } catch (e) {
      setMessage({ color: 'red', text: exerciseErrorText(t, e) });
    }
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{t('governance.log.incidentTitle')}</Title>
      <Text maw={720}>{t('governance.log.incidentIntro')}</Text>
      {linked && <Text>{t('governance.log.incidentLinked', { title: linked.title, closed: formatInstant(linked.closedAt, i18n.language) })}</Text>}
      <Anchor component={Link} to="/respond">{t('governance.log.openResponder')}</Anchor>
      {closed.length === 0 ? (
        <Text c="dimmed">{t('governance.log.incidentNone')}</Text>
      ) : (
        <Group align="flex-end">
          <NativeSelect
            label={t('governance.log.fieldIncident')}
            value={incidentId}
            onChange={(e) => setIncidentId(e.currentTarget.value)}
            data={closed.map((i) => ({ value: i.id, label: `${i.title} (${formatInstant(i.closedAt, i18n.language)})` }))}
          />
          <Button variant="default" onClick={() => void take()}>{t('governance.log.incidentTake')}</Button>
        </Group>
      )}
      {message && <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>{message.text}</Alert>}
    </Stack>
  );
}
