import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { incidentReport, type AttachmentRef, type Incident } from '../../domain/incident';
import { formatClockTime, formatDateTime, formatDuration } from '../strategies/format';
import type { ProcessTargets } from '../strategies/planData';
import { responderClock } from './clock';
import { timelineEntryText } from './timelineText';
import './responder.css';

/** The closed incident: detection, recovery against the RTO, what was done, the full timeline. */
export function IncidentReportView({ incident, targets, processName, onSaveAttachment, attachError }: {
  incident: Incident;
  targets: ProcessTargets;
  processName: string;
  onSaveAttachment: (ref: AttachmentRef) => void;
  attachError: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const report = incidentReport(incident, targets, responderClock.now());
  const d = (minutes: number) => formatDuration(t, minutes);
  const recover = report.timeToRecoverMinutes;
  let verdict = t('response.report.noRto');
  if (targets.rtoMinutes !== undefined && recover !== undefined) {
    verdict = report.recoveredWithinRto
      ? t('response.report.withinRto', { rto: d(targets.rtoMinutes) })
      : t('response.report.overRto', { rto: d(targets.rtoMinutes), over: d(Math.max(1, recover - targets.rtoMinutes)) });
  }
  return (
    <Stack className="lb-report">
      <div>
        <Link to="/respond">{t('response.report.back')}</Link>
        <Title order={1} size="h2">{t('response.report.title', { title: incident.title })}</Title>
        <Text c="dimmed">{t('response.report.subtitle', { process: processName, date: formatDateTime(language, incident.startedAt) })}</Text>
      </div>
      {report.status === 'open' && <Alert color="orange">{t('response.report.stillOpen')}</Alert>}
      <Paper withBorder p="md">
        <dl className="lb-report-facts">
          <div><dt>{t('response.report.timeToDetect')}</dt><dd>{d(report.timeToDetectMinutes)}</dd></div>
          <div><dt>{t('response.report.timeToRespond')}</dt><dd>{d(report.timeToRespondMinutes)}</dd></div>
          <div>
            <dt>{t('response.report.timeToRecover')}</dt>
            <dd>{recover === undefined ? t('response.report.notYet') : d(recover)}</dd>
          </div>
          <div><dt>{t('response.report.againstRto')}</dt><dd className={report.recoveredWithinRto === false ? 'lb-over' : undefined}>{verdict}</dd></div>
          <div>
            <dt>{t('response.report.steps')}</dt>
            <dd>{t('response.report.counts', { done: report.counts.done, skipped: report.counts.skipped, blocked: report.counts.blocked, pending: report.counts.pending, total: report.counts.total })}</dd>
          </div>
          <div><dt>{t('response.report.openedBy')}</dt><dd>{incident.openedBy}{incident.closedBy ? ` · ${t('response.report.closedBy', { initials: incident.closedBy })}` : ''}</dd></div>
        </dl>
      </Paper>
      <Text size="sm">{t('response.report.evidenceNote')}</Text>
      {attachError && <Alert color="red" role="alert">{attachError}</Alert>}
      <Title order={2} size="h3" id="lb-timeline">{t('response.report.timeline')}</Title>
      <div className="lb-table-scroll">
        <Table striped withTableBorder aria-labelledby="lb-timeline">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('response.report.columnTime')}</Table.Th>
              <Table.Th scope="col">{t('response.report.columnSinceStart')}</Table.Th>
              <Table.Th scope="col">{t('response.report.columnWhat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.timeline.map((entry, index) => (
              <Table.Tr key={index}>
                <Table.Td>{formatClockTime(language, entry.at)}</Table.Td>
                <Table.Td>{t('response.report.tPlus', { duration: d(entry.minutesFromStart) })}</Table.Td>
                <Table.Td>
                  {timelineEntryText(t, entry)}
                  {entry.attachment && (
                    <Group component="span" ml="xs" display="inline-flex">
                      <Button size="compact-xs" variant="default" onClick={() => onSaveAttachment(entry.attachment!)}>
                        {t('response.responder.saveCopy', { name: entry.attachment.name })}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
