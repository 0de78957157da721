import { useMemo } from 'react';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { assessReadiness, type ReadinessReport } from '../../domain/readiness/assess';
import type { ReadinessItem, ReadinessStatus } from '../../domain/readiness/readinessItem';
import { useAuditEvents } from '../../store';
import { useAllRecords, useToday } from '../governance/hooks';
import { READINESS_PATHS } from '../governance/paths';
import { EvidencePackButton } from './EvidencePackButton';
import { readinessContext, type ReadinessContext } from './readinessFacts';
import '../exercises/exercises.css';

export const READINESS_COLOURS: Record<ReadinessStatus, string> = { met: 'green', partial: 'yellow', missing: 'red' };

/** The readiness report for today, from the plan's records and its audit trail. */
export function useReadiness(): ReadinessContext & { report: ReadinessReport } {
  const records = useAllRecords();
  const events = useAuditEvents();
  const today = useToday();
  return useMemo(() => {
    const context = readinessContext({ records, auditEvents: events, today });
    return { ...context, report: assessReadiness(context.facts) };
  }, [records, events, today]);
}

type T = (key: string, options?: Record<string, unknown>) => string;

export function readinessTitle(t: T, item: ReadinessItem): string {
  return t(`governance.readiness.items.${item.id}`, { defaultValue: item.title });
}

/** The reason in the catalogue's words; the domain's English sentence when a code has none. */
export function readinessReason(t: T, item: ReadinessItem): string {
  return t(`governance.readiness.reasons.${item.reasonCode}`, { ...item.params, defaultValue: item.reason });
}

export function ReadinessBadge({ status }: { status: ReadinessStatus }) {
  const { t } = useTranslation();
  return <Badge color={READINESS_COLOURS[status]} variant="light" miw={80}>{t(`governance.readinessStatuses.${status}`)}</Badge>;
}

/** ECC-2:2024 3-1 requirement by requirement, and each piece of evidence the auditor will ask for. */
export function ReadinessScreen() {
  const { t } = useTranslation();
  const { report } = useReadiness();
  const requirements = report.items.filter((i) => i.group === 'requirement');
  const evidence = report.items.filter((i) => i.group === 'evidence');
  return (
    <Stack gap="xl" className="lb-gov">
      <Stack>
        <Title order={1} size="h2">{t('governance.readiness.title')}</Title>
        <Text maw={720}>{t('governance.readiness.intro')}</Text>
        <Text role="status" fw={600}>
          {report.ready ? t('governance.readiness.ready') : t('governance.readiness.summary', { met: report.counts.met, partial: report.counts.partial, missing: report.counts.missing })}
        </Text>
      </Stack>
      <ReadinessList id="lb-readiness-requirements" title={t('governance.readiness.requirementsTitle')} items={requirements} />
      <ReadinessList id="lb-readiness-evidence" title={t('governance.readiness.evidenceTitle')} items={evidence} />
      <EvidencePackButton />
    </Stack>
  );
}

function ReadinessList({ id, title, items }: { id: string; title: string; items: ReadinessItem[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">{title}</Title>
      <ul className="lb-status-list">
        {items.map((item) => (
          <li key={item.id} className="lb-status-item" data-readiness={item.id}>
            <div><ReadinessBadge status={item.status} /></div>
            <Stack gap={2}>
              <Text fw={600}>{readinessTitle(t, item)}</Text>
              <Text>{readinessReason(t, item)}</Text>
              <Group>
                <Anchor component={Link} to={READINESS_PATHS[item.fix]}>
                  {item.status === 'met' ? t('governance.readiness.see', { title: readinessTitle(t, item) }) : t('governance.readiness.fix', { title: readinessTitle(t, item) })}
                </Anchor>
              </Group>
            </Stack>
          </li>
        ))}
      </ul>
    </section>
  );
}
