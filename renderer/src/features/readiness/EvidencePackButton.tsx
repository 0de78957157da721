import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation, i18next } from '../../i18n';
import { verifyAgainstHead } from '../../domain/audit';
import { enableFastSha512 } from '../../domain/canonical';
import { getPlatform } from '../../platform';
import { usePlanStore } from '../../store';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { userMessage } from '../shared/userMessage';
import { localTimeZone, serialWrite } from '../governance/hooks';
import { verificationNote } from '../audit/verificationNote';
import { readinessReason, readinessTitle, useReadiness } from './ReadinessScreen';
// Types only: the PDF code is loaded with import() when the pack is made.
import type { EvidenceStrings, PdfStringsOf, ReadinessRow, RenderPdfProgress } from '../../print/evidence/client';

/** The newest events printed in the pack; the CSV export holds the whole trail. */
const EXCERPT = 200;

type Paper = 'A4' | 'LETTER';

function progressText(t: (key: string, params?: Record<string, unknown>) => string, progress: RenderPdfProgress | null): string {
  if (!progress) return t('governance.evidence.working');
  switch (progress.stage) {
    case 'preparing':
      return t('print.progress.preparing');
    case 'fonts':
      return t('print.progress.fonts');
    case 'layout':
    case 'numbering':
      return progress.section ? t('print.progress.layoutSection', { section: progress.section, pages: progress.pages ?? 0 }) : t('print.progress.layout', { pages: progress.pages ?? 0 });
    case 'writing':
      return t('print.progress.writing');
  }
}

/**
 * "Export evidence pack": verifies the audit trail, then renders the auditor's PDF in a worker
 * (readiness, sign-off with verification, BIA, strategies, exercises, actions, audit excerpt with
 * the chain's head hash) and saves it.
 */
export function EvidencePackButton() {
  const { t } = useTranslation();
  const store = usePlanStore();
  const { report } = useReadiness();
  const [paper, setPaper] = useState<Paper>('A4');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState<AbortController | null>(null);
  const [progress, setProgress] = useState<RenderPdfProgress | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function exportPack() {
    if (busy) return;
    if (!confirmed) {
      setMessage({ color: 'red', text: t('governance.evidence.confirmFirst') });
      return;
    }
    const controller = new AbortController();
    setBusy(controller);
    setMessage(null);
    setProgress(null);
    try {
      await enableFastSha512();
      const audit = await serialWrite(store, async (s) => {
        const events = s.auditEvents();
        const storedHead = s.auditHead();
        const verdict = verifyAgainstHead(events, storedHead);
        await s.note(verificationNote(verdict, events.length));
        return { total: events.length, verdict, storedHead, excerpt: events.slice(-EXCERPT) };
      });
      const readiness: ReadinessRow[] = report.items.map((item) => ({ group: item.group, title: readinessTitle(t, item), status: item.status, reason: readinessReason(t, item) }));
      const { renderEvidencePack } = await import('../../print/evidence/client');
      const records = store.vault.status === 'unlocked' ? store.vault.all('records') : [];
      const pdf = await renderEvidencePack(
        {
          records,
          audit,
          readiness,
          paper,
          now: new Date(),
          timeZone: localTimeZone(),
          locale: i18next.language,
          pdfStrings: i18next.t('print.pdf', { returnObjects: true }) as unknown as PdfStringsOf,
          strings: i18next.t('governance.pdf', { returnObjects: true }) as unknown as EvidenceStrings,
        },
        (p) => {
          if (mounted.current) setProgress(p);
        },
        controller.signal,
      );
      const result = await getPlatform().savePdf({ suggestedName: pdf.fileName, bytes: pdf.bytes });
      if (!result.ok) {
        if (result.reason !== 'cancelled' && mounted.current) setMessage({ color: 'red', text: saveFailureMessage(t, result.reason) });
        return;
      }
      await serialWrite(store, (s) => s.note({ action: 'export', entityKind: 'evidence-pack', entityId: 'evidence-pack', entityLabel: pdf.title.slice(0, 200), after: pdf.fileName }));
      if (mounted.current) {
        setMessage({ color: 'green', text: result.path ? t('governance.evidence.savedAt', { path: result.path }) : t('governance.evidence.saved') });
      }
    } catch (e) {
      if (!mounted.current) return;
      const code = (e as { code?: string }).code;
      if (code === 'cancelled') setMessage({ color: 'blue', text: t('governance.evidence.cancelled') });
      else if (code && i18next.exists(`print.failure.${code}`)) setMessage({ color: 'red', text: t(`print.failure.${code}`) });
      else if (code) setMessage({ color: 'red', text: t('governance.evidence.failed', { reason: e instanceof Error ? e.message : code }) });
      else setMessage({ color: 'red', text: userMessage(t, e) });
    } finally {
      if (mounted.current) {
        setBusy(null);
        setProgress(null);
      }
    }
  }

  return (
    <section aria-labelledby="lb-evidence-pack">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h3" id="lb-evidence-pack">{t('governance.evidence.title')}</Title>
          <Text maw={720}>{t('governance.evidence.intro')}</Text>
          <Alert color="yellow" title={t('print.notEncryptedTitle')}>{t('print.notEncrypted')}</Alert>
          <Checkbox label={t('governance.evidence.confirm')} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
          <NativeSelect
            label={t('print.paper')}
            value={paper}
            onChange={(e) => setPaper(e.currentTarget.value as Paper)}
            data={[{ value: 'A4', label: t('print.paperA4') }, { value: 'LETTER', label: t('print.paperLetter') }]}
            maw={200}
          />
          <Group>
            <Button onClick={() => void exportPack()} loading={busy !== null}>{t('governance.evidence.export')}</Button>
            {busy && <Button variant="default" onClick={() => busy.abort()}>{t('print.cancel')}</Button>}
          </Group>
          {busy && <Text role="status">{progressText(t, progress)}</Text>}
          {message && <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>{message.text}</Alert>}
        </Stack>
      </Paper>
    </section>
  );
}
