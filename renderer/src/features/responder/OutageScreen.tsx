import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { stepCounts, timeToRecoverMinutes } from '../../domain/incident';
import { scenarioName } from '../runbooks/scenarioText';
import { useRunbooks } from '../runbooks/useRunbooks';
import { formatDateTime, formatDuration } from '../strategies/format';
import { useProcesses } from '../strategies/planData';
import { useIncidents } from './useIncidents';
import './responder.css';

/** "We have an outage": resume an open incident, or choose the runbook for the affected process. */
export function OutageScreen() {
  const { t, i18n } = useTranslation();
  const processes = useProcesses();
  const runbooks = useRunbooks();
  const incidents = useIncidents();
  const open = incidents.filter((i) => i.closedAt === undefined);
  const closed = incidents.filter((i) => i.closedAt !== undefined);
  const withRunbooks = processes.filter((p) => runbooks.some((r) => r.parentId === p.id));
  const without = processes.filter((p) => !runbooks.some((r) => r.parentId === p.id));

  return (
    <Stack className="lb-outage" gap="lg">
      <div>
        <Title order={1} size="h2">{t('response.outage.title')}</Title>
        <Text size="lg">{t('response.outage.intro')}</Text>
      </div>

      {open.length > 0 && (
        <section aria-labelledby="lb-open-incidents">
          <Title order={2} size="h3" id="lb-open-incidents">{t('response.outage.openTitle')}</Title>
          <ul className="lb-choice-list">
            {open.map((incident) => {
              const counts = stepCounts(incident);
              return (
                <li key={incident.id}>
                  <Link className="lb-choice lb-choice-open" to={`/respond/incident/${incident.id}`}>
                    <span className="lb-choice-title">{t('response.outage.resume', { title: incident.title })}</span>
                    <span className="lb-choice-detail">
                      {t('response.outage.openDetail', { started: formatDateTime(i18n.language, incident.startedAt), done: counts.done + counts.skipped, total: counts.total })}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="lb-choose-runbook">
        <Title order={2} size="h3" id="lb-choose-runbook">{t('response.outage.chooseTitle')}</Title>
        {runbooks.length === 0 ? (
          <Alert color="orange">
            {t('response.outage.noRunbooks')} <Anchor component={Link} to="/runbooks">{t('response.outage.goToRunbooks')}</Anchor>
          </Alert>
        ) : (
          withRunbooks.map((process) => (
            <div key={process.id} className="lb-outage-process">
              <h3 className="lb-outage-process-name">{process.name}</h3>
              <ul className="lb-choice-list">
                {runbooks.filter((r) => r.parentId === process.id).map((runbook) => (
                  <li key={runbook.id}>
                    <Link className="lb-choice" to={`/respond/runbook/${runbook.id}`}>
                      <span className="lb-choice-title">{runbook.title}</span>
                      <span className="lb-choice-detail">{t('response.outage.runbookDetail', { scenario: scenarioName(t, runbook), steps: runbook.steps.length })}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
        {without.length > 0 && runbooks.length > 0 && (
          <Text size="sm" mt="sm">{t('response.outage.withoutRunbook', { names: without.map((p) => p.name).join(', ') })}</Text>
        )}
      </section>

      {closed.length > 0 && (
        <section aria-labelledby="lb-past-incidents">
          <Title order={2} size="h3" id="lb-past-incidents">{t('response.outage.pastTitle')}</Title>
          <ul className="lb-plain-list">
            {closed.map((incident) => (
              <li key={incident.id}>
                <Anchor component={Link} to={`/respond/incident/${incident.id}`}>
                  {t('response.outage.pastLine', {
                    title: incident.title,
                    date: formatDateTime(i18n.language, incident.startedAt),
                    duration: formatDuration(t, timeToRecoverMinutes(incident) ?? 0),
                  })}
                </Anchor>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
