import { Badge, List, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../i18n';
import type { PlanChange } from '../../domain/governance/planDiff';

const MAX_SHOWN = 200;
const CHANGE_COLOURS = { added: 'green', removed: 'red', changed: 'yellow' } as const;

/**
 * What changed between two states of the plan, record by record, in the domain's plain sentences
 * ("Runbook 'Database failover': step 3 command changed from … to …").
 */
export function PlanChanges({ changes, labelledBy }: { changes: readonly PlanChange[]; labelledBy?: string }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <Text>{t('governance.diff.none')}</Text>;
  let budget = MAX_SHOWN;
  const shown: Array<{ change: PlanChange; lines: string[] }> = [];
  for (const change of changes) {
    if (budget <= 0) break;
    const details = change.change === 'changed' ? change.fields.map((f) => f.text).slice(0, budget) : [];
    budget -= Math.max(1, details.length);
    shown.push({ change, lines: details });
  }
  const hidden = changes.length - shown.length;
  return (
    <Stack gap="xs">
      <Text>{t('governance.diff.count', { count: changes.length })}</Text>
      <ul className="lb-diff-list" {...(labelledBy ? { 'aria-labelledby': labelledBy } : {})}>
        {shown.map(({ change, lines }) => (
          <li key={`${change.kind}:${change.id}`}>
            <Badge size="sm" color={CHANGE_COLOURS[change.change]} variant="light" me="xs">{t(`governance.diff.${change.change}`)}</Badge>
            <Text span fw={600}>{change.label}</Text>
            {lines.length > 0 && (
              <List size="sm" withPadding>
                {lines.map((line, i) => <List.Item key={i}>{line}</List.Item>)}
              </List>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && <Text size="sm" c="dimmed">{t('governance.diff.more', { count: hidden })}</Text>}
    </Stack>
  );
}
