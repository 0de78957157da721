import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { BiaWarning } from '../../domain/bia/warnings';
import { formatMinutes } from '../../domain/duration';
import { useTranslation } from '../../i18n';
import { detailPath } from './paths';

/** A review finding in words, from its code and params (the domain keeps names and minutes as data). */
export function warningText(t: TFunction, w: BiaWarning): string {
  const p = w.params;
  const time = (key: string) => (typeof p[key] === 'number' ? formatMinutes(p[key]) : '?');
  const targetKind = t(`plan.warning.targetKind.${String(p.targetType ?? 'asset')}`);
  return t(`plan.${w.messageKey}`, {
    process: p.processName ?? '',
    target: p.targetName ?? '',
    targetKind,
    rto: time('rtoMinutes'),
    mtpd: time('mtpdMinutes'),
    capability: time('capabilityMinutes'),
    required: time('requiredMinutes'),
    metric: t(`plan.warning.metric.${String(p.metric ?? 'rto')}`),
    missing: t(`plan.warning.missing.${String(p.missing ?? 'rto+rpo')}`),
    count: typeof p.processCount === 'number' ? p.processCount : 1,
  });
}

export function severityColor(w: BiaWarning): string {
  return w.severity === 'error' ? 'red' : w.severity === 'warning' ? 'orange' : 'blue';
}

/** Where "Fix this" goes: a record's screen with the field to change in focus. */
export type FixHandler = (w: BiaWarning) => void;

/** The default fix: the record's own screen, with the field focused. */
export function fixPath(w: BiaWarning): string {
  const { fix } = w;
  switch (fix.entity) {
    case 'asset':
      return detailPath('asset', fix.recordId, fix.field);
    case 'vendor':
      return detailPath('vendor', fix.recordId, fix.field);
    case 'process':
      return detailPath('process', fix.recordId, `process:${fix.field}`);
    case 'objectives':
      return detailPath('process', fix.processId ?? fix.recordId, `objectives:${fix.field}`);
    case 'dependency':
      return detailPath('process', fix.processId ?? '', `dependency:${fix.recordId}:${fix.field}`);
  }
}

/** A list of findings, each with its severity in words and a link to fix it. */
export function WarningList({ warnings, onFix }: { warnings: readonly BiaWarning[]; onFix?: FixHandler }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return <Text size="sm">{t('plan.warning.none')}</Text>;
  return (
    <List spacing={4} listStyleType="none" className="lb-warning-list">
      {warnings.map((w) => {
        const text = warningText(t, w);
        return (
          <List.Item key={w.key}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" color={severityColor(w)} miw="5.5rem">
                {t(`plan.warning.severity.${w.severity}`)}
              </Badge>
              <Text size="sm">
                {text}{' '}
                {onFix ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => onFix(w)} aria-label={t('plan.warning.fixLabel', { text })}>
                    {t('plan.warning.fix')}
                  </Anchor>
                ) : (
                  <Anchor component={Link} to={fixPath(w)} size="sm" aria-label={t('plan.warning.fixLabel', { text })}>
                    {t('plan.warning.fix')}
                  </Anchor>
                )}
              </Text>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
