import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { defaultCadences, EXERCISE_CADENCE_KIND, exerciseCadenceSchema, type ExerciseCadence } from '../../domain/exercise/cadence';
import type { DueState } from '../../domain/exercise/calendarDate';
import { EXERCISE_TYPES, type ExerciseType } from '../../domain/exercise/exercise';
import { scheduleCalendarEvents, toICalendar } from '../../domain/exercise/icalendar';
import type { ScheduleEntry } from '../../domain/exercise/schedule';
import type { Process } from '../../domain/process';
import { newRecordId } from '../../domain/record';
import { getPlatform } from '../../platform';
import { usePlanStore } from '../../store';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { userMessage } from '../shared/userMessage';
import { formatCalendarDate } from '../governance/format';
import { serialWrite } from '../governance/hooks';
import { SECTION_IDS } from '../governance/paths';

export const DUE_COLOURS: Record<DueState, string> = { scheduled: 'gray', 'due-soon': 'yellow', overdue: 'red' };

export function DueBadge({ state }: { state: DueState }) {
  const { t } = useTranslation();
  return <Badge color={DUE_COLOURS[state]} variant="light">{t(`governance.dueStates.${state}`)}</Badge>;
}

interface Props {
  entries: ScheduleEntry[];
  processes: Process[];
  organisationName: string | undefined;
}

/** The test schedule by type and risk: when each kind of exercise is next due, and the .ics export. */
export function ScheduleSection({ entries, processes, organisationName }: Props) {
  const { t, i18n } = useTranslation();
  const store = usePlanStore();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = i18n.language;

  async function applyDefaults() {
    setBusy(true);
    setMessage(null);
    try {
      await serialWrite(store, async (s) => {
        if (s.list(EXERCISE_CADENCE_KIND).length > 0) return;
        const cadences = defaultCadences([newRecordId(), newRecordId()], new Date().toISOString()).map((c) => ({
          ...c,
          title: c.countsTypes.includes('tabletop') ? t('governance.schedule.defaultTabletop') : t('governance.schedule.defaultLive'),
        }));
        await s.save(...cadences);
      });
    } catch (e) {
      setMessage({ color: 'red', text: userMessage(t, e) });
    } finally {
      setBusy(false);
    }
  }

  async function exportCalendar() {
    setMessage(null);
    try {
      const events = scheduleCalendarEvents(entries, { recurring: true, ...(organisationName ? { organisation: organisationName } : {}) });
      const text = toICalendar(events, { now: new Date(), calendarName: t('governance.schedule.calendarName', { organisation: organisationName ?? '' }).trim() });
      const name = 'exercise-schedule.ics';
      const result = await getPlatform().saveFile({
        suggestedName: name,
        bytes: new TextEncoder().encode(text),
        mimeType: 'text/calendar',
        filters: [{ name: t('governance.schedule.icsFilter'), extensions: ['ics'] }],
      });
      if (result.ok) {
        await serialWrite(store, (s) =>
          s.note({ action: 'export', entityKind: EXERCISE_CADENCE_KIND, entityId: 'exercise-schedule', entityLabel: 'Exercise schedule', after: `Exported as calendar (${name})` }),
        );
        setMessage({ color: 'green', text: t('governance.schedule.exported') });
      } else if (result.reason !== 'cancelled') {
        setMessage({ color: 'red', text: saveFailureMessage(t, result.reason) });
      }
    } catch (e) {
      setMessage({ color: 'red', text: userMessage(t, e) });
    }
  }

  return (
    <section id={SECTION_IDS.schedule} aria-labelledby="lb-schedule-title">
      <Stack>
        <Title order={2} size="h3" id="lb-schedule-title">{t('governance.schedule.title')}</Title>
        <Text maw={720}>{t('governance.schedule.intro')}</Text>
        {entries.length === 0 ? (
          <Alert color="blue" title={t('governance.schedule.noneTitle')}>
            <Stack gap="xs">
              <Text>{t('governance.schedule.none')}</Text>
              <Group><Button onClick={() => void applyDefaults()} loading={busy}>{t('governance.schedule.useDefaults')}</Button></Group>
            </Stack>
          </Alert>
        ) : (
          <div className="lb-table-scroll">
            <Table withTableBorder striped aria-labelledby="lb-schedule-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('governance.schedule.columnExercise')}</Table.Th>
                  <Table.Th scope="col">{t('governance.schedule.columnEvery')}</Table.Th>
                  <Table.Th scope="col">{t('governance.schedule.columnCounts')}</Table.Th>
                  <Table.Th scope="col">{t('governance.schedule.columnLastHeld')}</Table.Th>
                  <Table.Th scope="col">{t('governance.schedule.columnNextDue')}</Table.Th>
                  <Table.Th scope="col">{t('governance.schedule.columnState')}</Table.Th>
                  <Table.Th scope="col"><span className="lb-sr-only">{t('governance.common.actions')}</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.cadence.id}>
                    <Table.Th scope="row">
                      {entry.cadence.title}
                      {entry.cadence.processIds.length > 0 && (
                        <Text size="sm" c="dimmed">
                          {t('governance.schedule.onlyFor', { processes: processes.filter((p) => entry.cadence.processIds.includes(p.id)).map((p) => p.name).join(', ') })}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{t('governance.schedule.everyMonths', { count: entry.cadence.everyMonths })}</Table.Td>
                    <Table.Td>{entry.cadence.countsTypes.map((type) => t(`governance.exerciseTypes.${type}`)).join(', ')}</Table.Td>
                    <Table.Td>{entry.lastHeld ? formatCalendarDate(entry.lastHeld, locale) : t('governance.schedule.never')}</Table.Td>
                    <Table.Td>{formatCalendarDate(entry.nextDue, locale)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <DueBadge state={entry.state} />
                        <Text size="sm">
                          {entry.state === 'overdue'
                            ? t('governance.schedule.daysOverdue', { count: -entry.daysUntilDue })
                            : entry.daysUntilDue === 0
                              ? t('governance.schedule.dueToday')
                              : t('governance.schedule.daysLeft', { count: entry.daysUntilDue })}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="default" onClick={() => setEditing(entry.cadence.id)} aria-label={t('governance.schedule.editNamed', { title: entry.cadence.title })}>
                        {t('governance.common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {editing !== null && (
          <Paper withBorder p="md">
            <CadenceForm
              key={editing}
              cadence={editing === 'new' ? undefined : entries.find((e) => e.cadence.id === editing)?.cadence}
              processes={processes}
              onDone={() => setEditing(null)}
            />
          </Paper>
        )}
        {message && <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>{message.text}</Alert>}
        <Group>
          {entries.length > 0 && (
            <Button variant="default" onClick={() => void exportCalendar()}>{t('governance.schedule.exportIcs')}</Button>
          )}
          {editing === null && (
            <Button variant="subtle" onClick={() => setEditing('new')}>{t('governance.schedule.add')}</Button>
          )}
        </Group>
      </Stack>
    </section>
  );
}

/** Edits one line of the schedule: how often, which exercise types count, and for which processes (risk). */
function CadenceForm({ cadence, processes, onDone }: { cadence: ExerciseCadence | undefined; processes: Process[]; onDone: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [title, setTitle] = useState(cadence?.title ?? '');
  const [months, setMonths] = useState<number | string>(cadence?.everyMonths ?? 6);
  const [types, setTypes] = useState<ExerciseType[]>(cadence?.countsTypes ?? ['tabletop']);
  const [processIds, setProcessIds] = useState<string[]>(cadence?.processIds ?? []);
  const [firstDue, setFirstDue] = useState(cadence?.firstDue ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const everyMonths = typeof months === 'number' ? months : Number(months);
    if (!title.trim()) return setError(t('governance.schedule.errors.title'));
    if (!Number.isInteger(everyMonths) || everyMonths < 1 || everyMonths > 36) return setError(t('governance.schedule.errors.months'));
    if (types.length === 0) return setError(t('governance.schedule.errors.types'));
    const parsed = exerciseCadenceSchema.safeParse({
      ...(cadence ?? {}),
      id: cadence?.id ?? newRecordId(),
      kind: EXERCISE_CADENCE_KIND,
      updatedAt: new Date().toISOString(),
      title,
      everyMonths,
      countsTypes: types,
      processIds,
      ...(firstDue ? { firstDue } : { firstDue: undefined }),
    });
    if (!parsed.success) return setError(t('governance.schedule.errors.invalid'));
    const record = { ...parsed.data };
    if (!firstDue) delete record.firstDue;
    setBusy(true);
    setError(null);
    try {
      await serialWrite(store, (s) => s.save(record));
      onDone();
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!cadence) return;
    setBusy(true);
    try {
      await serialWrite(store, (s) => s.remove(cadence.id));
      onDone();
    } catch (e) {
      setError(userMessage(t, e));
      setBusy(false);
    }
  }

  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3} size="h4">{cadence ? t('governance.schedule.editTitle') : t('governance.schedule.addTitle')}</Title>
        <TextInput label={t('governance.schedule.fieldTitle')} description={t('governance.schedule.fieldTitleHint')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maw={480} />
        <NumberInput label={t('governance.schedule.fieldMonths')} description={t('governance.schedule.fieldMonthsHint')} value={months} onChange={setMonths} min={1} max={36} allowDecimal={false} maw={240} />
        <Checkbox.Group label={t('governance.schedule.fieldTypes')} description={t('governance.schedule.fieldTypesHint')} value={types} onChange={(v) => setTypes(v as ExerciseType[])}>
          <Group mt="xs">
            {EXERCISE_TYPES.map((type) => <Checkbox key={type} value={type} label={t(`governance.exerciseTypes.${type}`)} />)}
          </Group>
        </Checkbox.Group>
        {processes.length > 0 && (
          <fieldset className="lb-plain-fieldset">
            <legend>{t('governance.schedule.fieldProcesses')}</legend>
            <Text size="sm" c="dimmed" mb="xs">{t('governance.schedule.fieldProcessesHint')}</Text>
            <Group>
              {processes.map((p) => (
                <Checkbox key={p.id} label={p.name} checked={processIds.includes(p.id)} onChange={(e) => setProcessIds(toggle(processIds, p.id, e.currentTarget.checked))} />
              ))}
            </Group>
          </fieldset>
        )}
        <TextInput type="date" label={t('governance.schedule.fieldFirstDue')} description={t('governance.schedule.fieldFirstDueHint')} value={firstDue} onChange={(e) => setFirstDue(e.currentTarget.value)} maw={240} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button type="submit" loading={busy}>{t('governance.common.save')}</Button>
          <Button variant="default" onClick={onDone}>{t('governance.common.cancel')}</Button>
          {cadence && <Button color="red" variant="subtle" onClick={() => void remove()}>{t('governance.schedule.remove')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
