import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { getPlatform } from '../../platform';
import type { Runbook } from '../../domain/runbook';
import { usePlanStore } from '../../store';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { userMessage } from '../shared/userMessage';
import { PROCESSES_PATH, useContacts, useOrganisation, useProcesses, useTargets } from '../strategies/planData';
import { EstimateBadge } from './EstimatePanel';
import { estimateRunbook } from './estimate';
import { exportRunbookMarkdown } from './exportMarkdown';
import { NewRunbookForm } from './NewRunbookForm';
import { scenarioName } from './scenarioText';
import { useRunbooks } from './useRunbooks';
import './runbooks.css';

/** Step 3 of the seed: a runbook per process and scenario. */
export function RunbooksScreen() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const runbooks = useRunbooks();
  const targets = useTargets();
  const contacts = useContacts();
  const organisation = useOrganisation();
  const store = usePlanStore();
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);

  async function exportOne(runbook: Runbook, processName: string) {
    setMessage(null);
    try {
      const facts = { processName, contacts, orgName: organisation?.name, rtoMinutes: targets.get(runbook.parentId)?.rtoMinutes };
      const result = await exportRunbookMarkdown(store, getPlatform(), runbook, facts, t('response.runbooks.markdownFilter'));
      if (result.ok) setMessage({ color: 'green', text: t('response.runbooks.exported', { title: runbook.title }) });
      else if (result.reason !== 'cancelled') setMessage({ color: 'red', text: saveFailureMessage(t, result.reason) });
    } catch (e) {
      setMessage({ color: 'red', text: userMessage(t, e) });
    }
  }

  return (
    <Stack>
      <Title order={1} size="h2">{t('response.runbooks.title')}</Title>
      <Text maw={720}>{t('response.runbooks.intro')}</Text>
      {processes.length === 0 && (
        <Alert color="blue" title={t('response.common.noProcessesTitle')}>
          {t('response.common.noProcesses')}{' '}
          <Anchor component={Link} to={PROCESSES_PATH}>{t('response.common.goToProcesses')}</Anchor>
        </Alert>
      )}
      {processes.length > 0 && (creating ? (
        <Paper withBorder p="md">
          <NewRunbookForm processes={processes} onCancel={() => setCreating(false)} />
        </Paper>
      ) : (
        <Group><Button onClick={() => setCreating(true)}>{t('response.runbooks.new')}</Button></Group>
      ))}
      {message && <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>{message.text}</Alert>}
      {runbooks.length === 0 ? (
        processes.length > 0 && <Text>{t('response.runbooks.none')}</Text>
      ) : (
        processes.filter((p) => runbooks.some((r) => r.parentId === p.id)).map((process) => (
          <section key={process.id} aria-labelledby={`lb-runbooks-${process.id}`}>
            <Title order={2} size="h3" id={`lb-runbooks-${process.id}`} mb="xs">{process.name}</Title>
            <div className="lb-table-scroll">
              <Table withTableBorder striped aria-labelledby={`lb-runbooks-${process.id}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('response.runbooks.columnTitle')}</Table.Th>
                    <Table.Th scope="col">{t('response.runbooks.columnScenario')}</Table.Th>
                    <Table.Th scope="col">{t('response.runbooks.columnSteps')}</Table.Th>
                    <Table.Th scope="col">{t('response.runbooks.columnEstimate')}</Table.Th>
                    <Table.Th scope="col">{t('response.runbooks.columnActions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {runbooks.filter((r) => r.parentId === process.id).map((runbook) => (
                    <Table.Tr key={runbook.id}>
                      <Table.Th scope="row"><Anchor component={Link} to={`/runbooks/${runbook.id}`}>{runbook.title}</Anchor></Table.Th>
                      <Table.Td>{scenarioName(t, runbook)}</Table.Td>
                      <Table.Td>{runbook.steps.length}</Table.Td>
                      <Table.Td><EstimateBadge estimate={estimateRunbook(runbook.steps, targets.get(process.id)?.rtoMinutes)} /></Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => void exportOne(runbook, process.name)}
                            aria-label={t('response.runbooks.exportNamed', { title: runbook.title })}>
                            {t('response.runbooks.export')}
                          </Button>
                          <Button size="xs" color="red" component={Link} to={`/respond/runbook/${runbook.id}`}
                            aria-label={t('response.runbooks.runNamed', { title: runbook.title })}>
                            {t('response.runbooks.run')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </section>
        ))
      )}
    </Stack>
  );
}
