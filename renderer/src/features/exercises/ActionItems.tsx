import { Fragment, useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, SegmentedControl, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import {
  actionItemSchema,
  actionItemState,
  ActionItemClosureError,
  closeActionItem,
  daysOverdue,
  type ActionItem,
  type ActionItemState,
} from '../../domain/exercise/actionItem';
import type { CalendarDate } from '../../domain/exercise/calendarDate';
import type { Exercise } from '../../domain/exercise/exercise';
import { usePlanStore } from '../../store';
import { userMessage } from '../shared/userMessage';
import { formatCalendarDate } from '../governance/format';
import { serialWrite, useGovernanceRecords, useToday } from '../governance/hooks';
import { exercisePath } from '../governance/paths';
import './exercises.css';

const STATE_COLOURS: Record<ActionItemState, string> = { done: 'green', open: 'gray', 'due-soon': 'yellow', overdue: 'red' };

export function ActionStateBadge({ item, today }: { item: ActionItem; today: CalendarDate }) {
  const { t } = useTranslation();
  const state = actionItemState(item, today);
  const label = state === 'open' ? t(`governance.actionStatuses.${item.status}`) : t(`governance.actionStates.${state}`);
  return <Badge color={STATE_COLOURS[state]} variant="light">{label}</Badge>;
}

/** Open first (overdue, then soonest due), then closed, newest closure first. */
export function sortActions(items: readonly ActionItem[]): ActionItem[] {
  return [...items].sort((a, b) => {
    const doneA = a.status === 'done' ? 1 : 0;
    const doneB = b.status === 'done' ? 1 : 0;
    if (doneA !== doneB) return doneA - doneB;
    if (doneA) return (b.closedOn ?? '').localeCompare(a.closedOn ?? '');
    return a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);
  });
}

interface TableProps {
  items: ActionItem[];
  exercises: readonly Exercise[];
  /** Show which exercise each item came from (not needed on the exercise's own page). */
  showSource?: boolean;
  caption: string;
}

/** Corrective actions with owner, due date, status, change ticket and closure evidence; edit and close in place. */
export function ActionItemsTable({ items, exercises, showSource = true, caption }: TableProps) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const [open, setOpen] = useState<{ id: string; mode: 'edit' | 'close' } | null>(null);
  const exerciseById = new Map(exercises.map((e) => [e.id, e]));
  const columns = showSource ? 7 : 6;
  if (items.length === 0) return <Text>{t('governance.actions.none')}</Text>;
  return (
    <div className="lb-table-scroll">
      <Table withTableBorder>
        <caption className="lb-sr-only">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('governance.actions.columnTitle')}</Table.Th>
            <Table.Th scope="col">{t('governance.actions.columnOwner')}</Table.Th>
            <Table.Th scope="col">{t('governance.actions.columnDue')}</Table.Th>
            <Table.Th scope="col">{t('governance.actions.columnStatus')}</Table.Th>
            <Table.Th scope="col">{t('governance.actions.columnTicket')}</Table.Th>
            {showSource && <Table.Th scope="col">{t('governance.actions.columnSource')}</Table.Th>}
            <Table.Th scope="col"><span className="lb-sr-only">{t('governance.common.actions')}</span></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const source = exerciseById.get(item.parentId);
            const overdueDays = daysOverdue(item, today);
            return (
              <Fragment key={item.id}>
                <Table.Tr>
                  <Table.Th scope="row">
                    {item.title}
                    {item.status === 'done' && (
                      <Text size="sm" c="dimmed">
                        {t('governance.actions.closedWith', { date: formatCalendarDate(item.closedOn, i18n.language), evidence: item.closureEvidence })}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{item.owner}</Table.Td>
                  <Table.Td>
                    {formatCalendarDate(item.dueDate, i18n.language)}
                    {overdueDays > 0 && <Text size="sm" c="red.9">{t('governance.actions.daysOverdue', { count: overdueDays })}</Text>}
                  </Table.Td>
                  <Table.Td><ActionStateBadge item={item} today={today} /></Table.Td>
                  <Table.Td>{item.changeTicket || <Text span c="dimmed">{t('governance.common.none')}</Text>}</Table.Td>
                  {showSource && (
                    <Table.Td>{source ? <Anchor component={Link} to={exercisePath(source.id)}>{source.title}</Anchor> : t(`governance.actionSources.${item.source}`)}</Table.Td>
                  )}
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {item.status !== 'done' && (
                        <Button size="xs" onClick={() => setOpen({ id: item.id, mode: 'close' })} aria-label={t('governance.actions.closeNamed', { title: item.title })}>
                          {t('governance.actions.close')}
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => setOpen({ id: item.id, mode: 'edit' })} aria-label={t('governance.actions.editNamed', { title: item.title })}>
                        {t('governance.common.edit')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open?.id === item.id && (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      {open.mode === 'close' ? (
                        <CloseActionForm item={item} today={today} onDone={() => setOpen(null)} />
                      ) : (
                        <EditActionForm item={item} onDone={() => setOpen(null)} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function CloseActionForm({ item, today, onDone }: { item: ActionItem; today: CalendarDate; onDone: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [closedOn, setClosedOn] = useState(today);
  const [evidence, setEvidence] = useState('');
  const [ticket, setTicket] = useState(item.changeTicket);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(closedOn)) return setError(t('governance.actions.errors.closedOn'));
    setBusy(true);
    setError(null);
    try {
      const closed = closeActionItem(item, { closedOn, evidence, changeTicket: ticket, updatedAt: new Date().toISOString() });
      await serialWrite(store, (s) => s.save(closed));
      onDone();
    } catch (e) {
      if (e instanceof ActionItemClosureError) setError(t(`governance.actions.errors.${e.reason}`));
      else if (e instanceof Error && e.name === 'ZodError') setError(t('governance.actions.errors.invalid'));
      else setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.actions.closeFormLabel', { title: item.title })}>
      <Stack gap="sm" maw={640}>
        <Text fw={600}>{t('governance.actions.closeTitle', { title: item.title })}</Text>
        <Textarea label={t('governance.actions.fieldEvidence')} description={t('governance.actions.fieldEvidenceHint')} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} autosize minRows={2} required />
        <TextInput label={t('governance.actions.fieldTicket')} description={t('governance.actions.fieldTicketHint')} value={ticket} onChange={(e) => setTicket(e.currentTarget.value)} />
        <TextInput type="date" label={t('governance.actions.fieldClosedOn')} value={closedOn} onChange={(e) => setClosedOn(e.currentTarget.value)} maw={220} required />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button type="submit" loading={busy}>{t('governance.actions.confirmClose')}</Button>
          <Button variant="default" onClick={onDone}>{t('governance.common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditActionForm({ item, onDone }: { item: ActionItem; onDone: () => void }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [title, setTitle] = useState(item.title);
  const [owner, setOwner] = useState(item.owner);
  const [dueDate, setDueDate] = useState(item.dueDate);
  const [status, setStatus] = useState(item.status);
  const [ticket, setTicket] = useState(item.changeTicket);
  const [evidence, setEvidence] = useState(item.closureEvidence);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reopened = status !== 'done';
    const parsed = actionItemSchema.safeParse({
      ...item,
      title,
      owner,
      dueDate,
      status,
      changeTicket: ticket,
      closureEvidence: evidence,
      closedOn: reopened ? undefined : item.closedOn,
      updatedAt: new Date().toISOString(),
    });
    if (!parsed.success) {
      const paths = parsed.error.issues.map((i) => String(i.path[0]));
      if (paths.includes('title')) return setError(t('governance.actions.errors.title'));
      if (paths.includes('owner')) return setError(t('governance.actions.errors.owner'));
      if (paths.includes('dueDate')) return setError(t('governance.actions.errors.dueDate'));
      if (paths.includes('closureEvidence')) return setError(t('governance.actions.errors.no-evidence'));
      return setError(t('governance.actions.errors.invalid'));
    }
    const record = { ...parsed.data };
    if (reopened) delete record.closedOn;
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

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.actions.editFormLabel', { title: item.title })}>
      <Stack gap="sm" maw={640}>
        <TextInput label={t('governance.actions.fieldTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <TextInput label={t('governance.actions.fieldOwner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} required />
        <TextInput type="date" label={t('governance.actions.fieldDue')} value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} maw={220} required />
        <NativeSelect
          label={t('governance.actions.fieldStatus')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ActionItem['status'])}
          data={(item.status === 'done' ? (['open', 'in-progress', 'done'] as const) : (['open', 'in-progress'] as const)).map((s) => ({ value: s, label: t(`governance.actionStatuses.${s}`) }))}
          maw={240}
        />
        <TextInput label={t('governance.actions.fieldTicket')} value={ticket} onChange={(e) => setTicket(e.currentTarget.value)} />
        {item.status === 'done' && (
          <Textarea label={t('governance.actions.fieldEvidence')} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} autosize minRows={2} />
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group>
          <Button type="submit" loading={busy}>{t('governance.common.save')}</Button>
          <Button variant="default" onClick={onDone}>{t('governance.common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

type Filter = 'open' | 'overdue' | 'done' | 'all';

/** Every corrective action in the plan, open ones first: what the auditor asks to see closed. */
export function ActionItemsScreen() {
  const { t } = useTranslation();
  const { actions, exercises } = useGovernanceRecords();
  const today = useToday();
  const [filter, setFilter] = useState<Filter>('open');
  const shown = sortActions(
    actions.filter((a) => {
      const state = actionItemState(a, today);
      if (filter === 'open') return state !== 'done';
      if (filter === 'overdue') return state === 'overdue';
      if (filter === 'done') return state === 'done';
      return true;
    }),
  );
  const overdue = actions.filter((a) => actionItemState(a, today) === 'overdue').length;
  const open = actions.filter((a) => a.status !== 'done').length;
  return (
    <Stack className="lb-gov">
      <Title order={1} size="h2">{t('governance.actions.title')}</Title>
      <Text maw={720}>{t('governance.actions.intro')}</Text>
      {overdue > 0 && <Alert color="red" title={t('governance.actions.overdueTitle')}>{t('governance.actions.overdueText', { count: overdue })}</Alert>}
      <Group>
        <Text id="lb-action-filter">{t('governance.actions.filterLabel')}</Text>
        <SegmentedControl
          aria-labelledby="lb-action-filter"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: 'open', label: t('governance.actions.filterOpen', { count: open }) },
            { value: 'overdue', label: t('governance.actions.filterOverdue', { count: overdue }) },
            { value: 'done', label: t('governance.actions.filterDone') },
            { value: 'all', label: t('governance.actions.filterAll') },
          ]}
        />
      </Group>
      <ActionItemsTable items={shown} exercises={exercises} caption={t('governance.actions.title')} />
    </Stack>
  );
}
