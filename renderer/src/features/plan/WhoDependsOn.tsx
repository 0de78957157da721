import { Alert, Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { rollDownKey } from '../../domain/bia/rollDown';
import { formatMinutes } from '../../domain/duration';
import { useTranslation } from '../../i18n';
import { useBia, useDependencies, useObjectivesList, useProcesses } from './data';
import { detailPath } from './paths';

/**
 * "Who depends on this": every process that links to an asset, supplier or person, with the
 * objectives it brings, and for assets and suppliers the strictest of them (the roll-down).
 */
export function WhoDependsOn({ targetType, targetId, name }: { targetType: 'asset' | 'vendor' | 'contact'; targetId: string; name: string }) {
  const { t } = useTranslation();
  const processes = useProcesses();
  const objectives = useObjectivesList();
  const links = useDependencies().filter((d) => d.targetId === targetId || (targetType === 'contact' && d.contactId === targetId));
  const rollDown = useBia().rollDown.get(rollDownKey(targetType === 'vendor' ? 'vendor' : 'asset', targetId));
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.notSet') : formatMinutes(m));
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('plan.whoDepends.title', { name })}
      </Title>
      {links.length === 0 ? (
        <Text>{t('plan.whoDepends.none')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plan.whoDepends.process')}</Table.Th>
              <Table.Th scope="col">{t('plan.whoDepends.how')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.rtoShort')}</Table.Th>
              <Table.Th scope="col">{t('plan.common.rpoShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.map((d) => {
              const process = processes.find((p) => p.id === d.parentId);
              const o = objectives.find((x) => x.parentId === d.parentId);
              return (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row">
                    {process ? (
                      <Anchor component={Link} to={detailPath('process', process.id)}>
                        {process.name}
                      </Anchor>
                    ) : (
                      t('plan.common.unknown')
                    )}
                  </Table.Th>
                  <Table.Td>
                    {d.targetId === targetId ? (
                      <Badge variant="outline" color={d.required ? 'red.9' : 'gray.8'}>
                        {d.required ? t('plan.dependency.required') : t('plan.dependency.optional')}
                      </Badge>
                    ) : (
                      t('plan.whoDepends.namedContact')
                    )}
                  </Table.Td>
                  <Table.Td>{time(o?.rtoMinutes)}</Table.Td>
                  <Table.Td>{time(o?.rpoMinutes)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {rollDown && targetType !== 'contact' && (rollDown.requiredRto || rollDown.requiredRpo) && (
        <Alert color={rollDown.rtoViolated || rollDown.rpoViolated ? 'red' : 'blue'} variant="light" title={t('plan.whoDepends.rollDownTitle')}>
          <Stack gap={4}>
            {rollDown.requiredRto && (
              <Text size="sm">
                {t('plan.whoDepends.needsRto', {
                  time: formatMinutes(rollDown.requiredRto.minutes),
                  process: processes.find((p) => p.id === rollDown.requiredRto?.processId)?.name ?? '',
                  capability: time(rollDown.capabilityRtoMinutes),
                })}
              </Text>
            )}
            {rollDown.requiredRpo && (
              <Text size="sm">
                {t('plan.whoDepends.needsRpo', {
                  time: formatMinutes(rollDown.requiredRpo.minutes),
                  process: processes.find((p) => p.id === rollDown.requiredRpo?.processId)?.name ?? '',
                  capability: time(rollDown.capabilityRpoMinutes),
                })}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
