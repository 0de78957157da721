import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation, i18next } from '../../i18n';
import { usePlanStore, useRecords } from '../../store';
import { getPlatform } from '../../platform';
import { INCIDENT_KIND } from '../../domain/incident/incident';
import { RUNBOOK_KIND } from '../../domain/runbook/runbook';
import { saveFailureMessage } from '../shared/saveFailureMessage';
// Types only: the print code itself is loaded with import() when the user prints. The layer rule
// cannot tell a type or a lazy import from a static one, hence the two exemptions in this file.
import type { PaperSize, PdfStrings, PrintRequest, RenderPdfProgress } from '../../print/client';
import './print.css';

/** Base32 of 35 bytes: 56 characters, usually written in groups of 4. */
export function normaliseRecoveryKey(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]+/g, '');
  if (!/^[A-Z2-7]{56}$/.test(compact)) return undefined;
  return compact.match(/.{4}/g)!.join('-');
}

type Busy = { label: string; controller: AbortController } | null;

function progressText(t: (key: string, params?: Record<string, unknown>) => string, progress: RenderPdfProgress | null): string {
  if (!progress) return t('print.working');
  switch (progress.stage) {
    case 'preparing':
      return t('print.progress.preparing');
    case 'fonts':
      return t('print.progress.fonts');
    case 'layout':
    case 'numbering':
      return progress.section
        ? t('print.progress.layoutSection', { section: progress.section, pages: progress.pages ?? 0 })
        : t('print.progress.layout', { pages: progress.pages ?? 0 });
    case 'writing':
      return t('print.progress.writing');
  }
}

function DocumentCard({ title, description, children }: { title: string; description: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" className="lb-print-card">
      <Stack gap="xs">
        <Title order={2} size="h4">{title}</Title>
        <Text size="sm">{description}</Text>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The Print screen: choose a document and the paper, confirm that a plaintext copy is wanted,
 * and save the PDF. Rendering runs in a worker, so the app stays usable; a failed save says why
 * and changes nothing.
 */
export function PrintScreen() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const runbooks = useRecords(RUNBOOK_KIND);
  const incidents = useRecords(INCIDENT_KIND);
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [confirmed, setConfirmed] = useState(false);
  const [runbookId, setRunbookId] = useState<string | null>(null);
  const [incidentId, setIncidentId] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<RenderPdfProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // While this screen is open a print worker is kept warm, so "Save PDF" starts laying out at once.
  useEffect(() => {
    let release: (() => void) | undefined;
    let left = false;
    void import('../../print/client')
      .then(({ preparePrinting }) => {
        if (!left) release = preparePrinting(i18next.t('print.pdf', { returnObjects: true }) as unknown as PdfStrings, paper);
      })
      .catch(() => undefined);
    return () => {
      left = true;
      release?.();
    };
    // The paper only shapes the warm-up; changing it later needs no new worker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const runbookOptions = useMemo(
    () => runbooks.map((r) => ({ value: r.id, label: typeof r.title === 'string' ? r.title : r.id })).sort((a, b) => a.label.localeCompare(b.label)),
    [runbooks],
  );
  const incidentOptions = useMemo(
    () =>
      incidents
        .filter((i) => typeof i.closedAt === 'string')
        .map((i) => ({ value: i.id, label: `${typeof i.title === 'string' ? i.title : i.id} (${String(i.closedAt).slice(0, 10)})` })),
    [incidents],
  );

  async function print(request: PrintRequest, label: string) {
    if (busy) return;
    const controller = new AbortController();
    setBusy({ label, controller });
    setProgress(null);
    setError(null);
    setSavedPath(null);
    try {
      const { renderPdf } = await import('../../print/client');
      const records = store.vault.status === 'unlocked' ? store.vault.all('records') : [];
      const strings = i18next.t('print.pdf', { returnObjects: true }) as unknown as PdfStrings;
      const pdf = await renderPdf(
        { request, records, paper, strings, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, locale: i18next.language },
        (p) => {
          if (mounted.current) setProgress(p);
        },
        controller.signal,
      );
      if (mounted.current) setProgress(null);
      const result = await getPlatform().savePdf({ suggestedName: pdf.fileName, bytes: pdf.bytes });
      if (!result.ok) {
        if (result.reason !== 'cancelled' && mounted.current) setError(saveFailureMessage(t, result.reason));
        return;
      }
      const entityId = request.document === 'runbook' ? request.runbookId : request.document === 'incident-timeline' ? request.incidentId : request.document;
      await store.note({ action: 'print', entityKind: 'document', entityId, entityLabel: pdf.title.slice(0, 200), after: pdf.fileName }).catch(() => undefined);
      if (result.path) {
        if (mounted.current) setSavedPath(result.path);
        notifications.show({ color: 'green', message: t('print.savedAt', { path: result.path }) });
      } else {
        notifications.show({ color: 'green', message: getPlatform().kind === 'browser' ? t('print.downloaded') : t('print.saved') });
      }
    } catch (e) {
      if (!mounted.current) return;
      const code = (e as { code?: string }).code;
      if (code === 'cancelled') notifications.show({ message: t('print.cancelled') });
      else if (code && i18next.exists(`print.failure.${code}`)) setError(t(`print.failure.${code}`));
      else setError(t('print.renderFailed', { reason: e instanceof Error ? e.message : t('print.failure.worker') }));
    } finally {
      if (mounted.current) {
        setBusy(null);
        setProgress(null);
      }
    }
  }

  async function openSaved() {
    const platform = getPlatform();
    if (!savedPath || !platform.openSavedPdf) return;
    const result = await platform.openSavedPdf(savedPath);
    if (!result.ok) setError(t('print.openFailed'));
  }

  function printEmergency() {
    const key = normaliseRecoveryKey(recoveryKey);
    if (!key) {
      setKeyError(t('print.documents.emergency.keyInvalid'));
      return;
    }
    setKeyError(null);
    void print({ document: 'emergency-sheet', recoveryKey: key }, t('print.documents.emergency.title')).then(() => {
      if (mounted.current) setRecoveryKey('');
    });
  }

  const disabled = !confirmed || busy !== null;
  // Every card has a "Save PDF" button, so each one's accessible name also says which document.
  const printButton = (onClick: () => void, extraDisabled = false, documentTitle?: string) => (
    <Button
      leftSection={<IconPrinter size={16} aria-hidden />}
      onClick={onClick}
      disabled={disabled || extraDisabled}
      w="fit-content"
      aria-label={documentTitle ? `${t('print.print')}: ${documentTitle}` : undefined}
    >
      {t('print.print')}
    </Button>
  );

  return (
    <Stack gap="lg" className="lb-print">
      <Title order={1} size="h2">{t('print.title')}</Title>
      <Text>{t('print.intro')}</Text>

      <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('print.notEncryptedTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('print.notEncrypted')}</Text>
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} label={t('print.confirmPlaintext')} />
        </Stack>
      </Alert>

      <Group gap="sm">
        <Text id="lb-print-paper" fw={500}>{t('print.paper')}</Text>
        <SegmentedControl
          aria-labelledby="lb-print-paper"
          value={paper}
          onChange={(value) => setPaper(value as PaperSize)}
          data={[{ value: 'A4', label: t('print.paperA4') }, { value: 'LETTER', label: t('print.paperLetter') }]}
        />
      </Group>

      {busy && (
        <Paper withBorder p="md" role="status" aria-live="polite">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Loader size="sm" />
              <Text>{`${busy.label}: ${progressText(t, progress)}`}</Text>
            </Group>
            <Button variant="default" onClick={() => busy.controller.abort()}>{t('print.cancel')}</Button>
          </Group>
        </Paper>
      )}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {savedPath && getPlatform().openSavedPdf && (
        <Button variant="light" onClick={() => void openSaved()} w="fit-content">{t('print.open')}</Button>
      )}

      <div className="lb-print-grid">
        <DocumentCard title={t('print.documents.kit.title')} description={t('print.documents.kit.description')}>
          {printButton(() => void print({ document: 'kit' }, t('print.documents.kit.title')), false, t('print.documents.kit.title'))}
        </DocumentCard>

        <DocumentCard title={t('print.documents.runbook.title')} description={t('print.documents.runbook.description')}>
          {runbookOptions.length === 0 ? (
            <Text size="sm" c="dimmed">{t('print.documents.runbook.none')}</Text>
          ) : (
            <>
              <Select label={t('print.documents.runbook.pick')} data={runbookOptions} value={runbookId} onChange={setRunbookId} searchable />
              {printButton(() => runbookId && void print({ document: 'runbook', runbookId }, t('print.documents.runbook.title')), !runbookId, t('print.documents.runbook.title'))}
            </>
          )}
        </DocumentCard>

        <DocumentCard title={t('print.documents.contactSheet.title')} description={t('print.documents.contactSheet.description')}>
          {printButton(() => void print({ document: 'contact-sheet' }, t('print.documents.contactSheet.title')), false, t('print.documents.contactSheet.title'))}
        </DocumentCard>

        <DocumentCard title={t('print.documents.bia.title')} description={t('print.documents.bia.description')}>
          {printButton(() => void print({ document: 'bia-summary' }, t('print.documents.bia.title')), false, t('print.documents.bia.title'))}
        </DocumentCard>

        <DocumentCard title={t('print.documents.incident.title')} description={t('print.documents.incident.description')}>
          {incidentOptions.length === 0 ? (
            <Text size="sm" c="dimmed">{t('print.documents.incident.none')}</Text>
          ) : (
            <>
              <Select label={t('print.documents.incident.pick')} data={incidentOptions} value={incidentId} onChange={setIncidentId} />
              {printButton(() => incidentId && void print({ document: 'incident-timeline', incidentId }, t('print.documents.incident.title')), !incidentId, t('print.documents.incident.title'))}
            </>
          )}
        </DocumentCard>

        <DocumentCard title={t('print.documents.emergency.title')} description={t('print.documents.emergency.description')}>
          <TextInput
            label={t('print.documents.emergency.keyLabel')}
            description={t('print.documents.emergency.keyHint')}
            value={recoveryKey}
            onChange={(e) => setRecoveryKey(e.currentTarget.value)}
            error={keyError}
            autoComplete="off"
            spellCheck={false}
            classNames={{ input: 'lb-print-key' }}
          />
          {printButton(printEmergency, recoveryKey.trim() === '', t('print.documents.emergency.title'))}
        </DocumentCard>
      </div>
    </Stack>
  );
}
