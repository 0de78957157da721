import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from '../../i18n';
import { AUDIT_ACTIONS, auditActors, filterAuditEvents, verifyAgainstHead, type AuditAction, type AuditEvent, type HeadVerdict } from '../../domain/audit';
import { enableFastSha512 } from '../../domain/canonical';
import { getPlatform } from '../../platform';
import { useAuditEvents, usePlanStore } from '../../store';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { userMessage } from '../shared/userMessage';
import { fingerprintGroups, formatInstant } from '../governance/format';
import { localToday, serialWrite } from '../governance/hooks';
import { auditCsvFileName, auditCsvText } from './csvExport';
import { AUDIT_TRAIL_ENTITY, verificationNote } from './verificationNote';
import '../exercises/exercises.css';

const PAGE = 100;

/** Midnight at the start of a local calendar day, or of the day after (`to` is exclusive). */
function localMidnight(date: string, plusDays = 0): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
}

export function kindLabel(t: (key: string, options?: Record<string, unknown>) => string, kind: string): string {
  return t(`governance.kinds.${kind}`, { defaultValue: kind });
}

/** The history of every change, filterable; "Verify audit trail" walks the hash chain; the whole trail exports as CSV. */
export function AuditScreen() {
  const { t } = useTranslation();
  const events = useAuditEvents();
  const [text, setText] = useState('');
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [kind, setKind] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [shown, setShown] = useState(PAGE);
  const deferredText = useDeferredValue(text);
  const actors = useMemo(() => auditActors(events), [events]);
  const kinds = useMemo(() => [...new Set(events.map((e) => e.entityKind))].sort(), [events]);
  const filtered = useMemo(() => {
    const fromDate = from ? localMidnight(from) : undefined;
    const toDate = to ? localMidnight(to, 1) : undefined;
    return filterAuditEvents(events, {
      ...(deferredText.trim() ? { text: deferredText } : {}),
      ...(actor ? { actor } : {}),
      ...(action ? { actions: [action as AuditAction] } : {}),
      ...(kind ? { entityKind: kind } : {}),
      ...(fromDate ? { from: fromDate } : {}),
      ...(toDate ? { to: toDate } : {}),
    }).reverse();
  }, [events, deferredText, actor, action, kind, from, to]);

  return (
    <Stack gap="lg" className="lb-gov">
      <Stack>
        <Title order={1} size="h2">{t('governance.audit.title')}</Title>
        <Text maw={720}>{t('governance.audit.intro')}</Text>
      </Stack>
      <VerifyPanel events={events} />
      <ExportCsv events={events} />
      <section aria-labelledby="lb-audit-history">
        <Stack>
          <Title order={2} size="h3" id="lb-audit-history">{t('governance.audit.historyTitle')}</Title>
          <form onSubmit={(e) => e.preventDefault()} aria-label={t('governance.audit.filtersLabel')}>
            <Group align="flex-end">
              <TextInput label={t('governance.audit.filterText')} value={text} onChange={(e) => { setText(e.currentTarget.value); setShown(PAGE); }} />
              <NativeSelect label={t('governance.audit.filterActor')} value={actor} onChange={(e) => { setActor(e.currentTarget.value); setShown(PAGE); }}
                data={[{ value: '', label: t('governance.audit.anyone') }, ...actors.map((a) => ({ value: a, label: a }))]} />
              <NativeSelect label={t('governance.audit.filterAction')} value={action} onChange={(e) => { setAction(e.currentTarget.value); setShown(PAGE); }}
                data={[{ value: '', label: t('governance.audit.anyAction') }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`governance.auditActions.${a}`) }))]} />
              <NativeSelect label={t('governance.audit.filterKind')} value={kind} onChange={(e) => { setKind(e.currentTarget.value); setShown(PAGE); }}
                data={[{ value: '', label: t('governance.audit.anyKind') }, ...kinds.map((k) => ({ value: k, label: kindLabel(t, k) }))]} />
              <TextInput type="date" label={t('governance.audit.filterFrom')} value={from} onChange={(e) => { setFrom(e.currentTarget.value); setShown(PAGE); }} />
              <TextInput type="date" label={t('governance.audit.filterTo')} value={to} onChange={(e) => { setTo(e.currentTarget.value); setShown(PAGE); }} />
            </Group>
          </form>
          <Text role="status">{t('governance.audit.showing', { shown: Math.min(shown, filtered.length), count: filtered.length, total: events.length })}</Text>
          {filtered.length > 0 && (
            <div className="lb-table-scroll">
              <Table withTableBorder striped aria-labelledby="lb-audit-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('governance.audit.columnSeq')}</Table.Th>
                    <Table.Th scope="col">{t('governance.audit.columnWhen')}</Table.Th>
                    <Table.Th scope="col">{t('governance.audit.columnWho')}</Table.Th>
                    <Table.Th scope="col">{t('governance.audit.columnWhat')}</Table.Th>
                    <Table.Th scope="col">{t('governance.audit.columnChange')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {filtered.slice(0, shown).map((event) => <EventRow key={event.id} event={event} />)}
                </Table.Tbody>
              </Table>
            </div>
          )}
          {shown < filtered.length && (
            <Group><Button variant="default" onClick={() => setShown(shown + PAGE)}>{t('governance.audit.showMore', { count: Math.min(PAGE, filtered.length - shown) })}</Button></Group>
          )}
        </Stack>
      </section>
    </Stack>
  );
}

function EventRow({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const change = [event.before ? t('governance.audit.before', { text: event.before }) : '', event.after ?? ''].filter(Boolean).join(' → ');
  return (
    <Table.Tr>
      <Table.Td>{event.seq}</Table.Td>
      <Table.Td className="lb-log-time">{formatInstant(event.at, i18n.language)}</Table.Td>
      <Table.Td>{event.actor}</Table.Td>
      <Table.Td>
        <Badge variant="light" me="xs">{t(`governance.auditActions.${event.action}`)}</Badge>
        {kindLabel(t, event.entityKind)}{event.entityLabel && event.entityLabel !== kindLabel(t, event.entityKind) ? `: ${event.entityLabel}` : ''}
      </Table.Td>
      <Table.Td>{change}</Table.Td>
    </Table.Tr>
  );
}

function VerifyPanel({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  const store = usePlanStore();
  const [result, setResult] = useState<{ verdict: HeadVerdict; count: number; ms: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function verify() {
    setBusy(true);
    setError(null);
    setResult(null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      await enableFastSha512();
      const outcome = await serialWrite(store, async (s) => {
        const all = s.auditEvents();
        const started = performance.now();
        const verdict = verifyAgainstHead(all, s.auditHead());
        const ms = performance.now() - started;
        await s.note(verificationNote(verdict, all.length));
        return { verdict, count: all.length, ms };
      });
      setResult(outcome);
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  const broken = result && !result.verdict.ok ? result.verdict : null;
  const brokenEvent = broken ? events.find((e) => e.seq === broken.firstBrokenSeq) : undefined;
  return (
    <section aria-labelledby="lb-audit-verify">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h3" id="lb-audit-verify">{t('governance.audit.verifyTitle')}</Title>
          <Text maw={720}>{t('governance.audit.verifyIntro')}</Text>
          <Group><Button onClick={() => void verify()} loading={busy}>{t('governance.audit.verify')}</Button></Group>
          {busy && <Text role="status">{t('governance.audit.verifying', { count: events.length })}</Text>}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {result?.verdict.ok && (
            <Alert color="green" title={t('governance.audit.intactTitle')} role="status">
              <Stack gap="xs">
                <Text>{t('governance.audit.intact', { count: result.count, seconds: (result.ms / 1000).toFixed(2) })}</Text>
                <Text size="sm">{t('governance.audit.headLabel', { seq: result.verdict.head.seq })}</Text>
                <Text className="lb-hash">{fingerprintGroups(result.verdict.head.hash)}</Text>
              </Stack>
            </Alert>
          )}
          {broken && (
            <Alert color="red" title={t('governance.audit.brokenTitle', { seq: broken.firstBrokenSeq })} role="alert">
              <Stack gap="xs">
                <Text>{t(`governance.audit.reasons.${broken.reason}`, { seq: broken.firstBrokenSeq })}</Text>
                <Text>{t('governance.audit.brokenMeaning', { seq: broken.firstBrokenSeq })}</Text>
                {brokenEvent && (
                  <Text size="sm">
                    {t('governance.audit.brokenEvent', {
                      seq: brokenEvent.seq,
                      at: formatInstant(brokenEvent.at, i18n.language),
                      actor: brokenEvent.actor,
                      what: `${t(`governance.auditActions.${brokenEvent.action}`)} ${kindLabel(t, brokenEvent.entityKind)} ${brokenEvent.entityLabel}`.trim(),
                    })}
                  </Text>
                )}
                <Text>{t('governance.audit.brokenNext')}</Text>
              </Stack>
            </Alert>
          )}
        </Stack>
      </Paper>
    </section>
  );
}

function ExportCsv({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const store = usePlanStore();
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    setBusy(true);
    setMessage(null);
    try {
      const name = auditCsvFileName(localToday());
      const result = await getPlatform().saveFile({
        suggestedName: name,
        bytes: new TextEncoder().encode(auditCsvText(store.auditEvents())),
        mimeType: 'text/csv',
        filters: [{ name: t('governance.audit.csvFilter'), extensions: ['csv'] }],
      });
      if (result.ok) {
        await serialWrite(store, (s) => s.note({ action: 'export', ...AUDIT_TRAIL_ENTITY, after: `Exported as CSV (${name}, ${events.length} events)` }));
        setMessage({ color: 'green', text: t('governance.audit.exported', { count: events.length }) });
      } else if (result.reason !== 'cancelled') {
        setMessage({ color: 'red', text: saveFailureMessage(t, result.reason) });
      }
    } catch (e) {
      setMessage({ color: 'red', text: userMessage(t, e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Group><Button variant="default" onClick={() => void exportCsv()} loading={busy}>{t('governance.audit.exportCsv')}</Button></Group>
      {message && <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>{message.text}</Alert>}
    </Stack>
  );
}
