import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { makeProcess } from '../../domain/process';
import { formatMinutes } from '../../domain/duration';
import { criticalRank } from '../../domain/topFive';
import { useTranslation } from '../../i18n';
import { CsvExportButton } from '../csv/CsvExportButton';
import { AddByName } from './AddByName';
import { byName, useBia, useObjectivesList, useProcesses, useTopFive } from './data';
import { DeleteButton } from './DeleteButton';
import { mtpdValueText } from './MtpdExplain';
import { detailPath, PATHS } from './paths';
import { useSaver } from './saver';
import './plan.css';

export function ProcessListScreen() {
  const { t } = useTranslation();
  const saver = useSaver();
  const navigate = useNavigate();
  const processes = byName(useProcesses());
  const objectives = useObjectivesList();
  const topFive = useTopFive();
  const bia = useBia();
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.notSet') : formatMinutes(m));
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plan.processList.title')}
      </Title>
      <Text>{t('plan.processList.intro')}</Text>
      <AddByName
        nameLabel={t('plan.processList.addName')}
        placeholder={t('plan.processList.addExample')}
        buttonLabel={t('plan.processList.add')}
        extraInitial={{ owner: '' }}
        renderExtra={({ get }) => <TextInput label={t('plan.process.owner')} {...get('owner')} />}
        onAdd={async ({ name, owner }) => {
          const process = makeProcess({ name, owner });
          await saver.save(process);
          void navigate(detailPath('process', process.id));
        }}
      />
      <Group gap="sm">
        <Button component={Link} to={`${PATHS.importCsv}?what=processes`} variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
          {t('plan.csv.importProcesses')}
        </Button>
        <CsvExportButton what="bia" />
      </Group>
      {processes.length === 0 ? (
        <Text>{t('plan.processList.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.processList.name')}</Table.Th>
                <Table.Th scope="col">{t('plan.process.owner')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.topFiveRank')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.mtpdShort')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.rtoShort')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.rpoShort')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.tier')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.findings')}</Table.Th>
                <Table.Th scope="col">
                  <span className="lb-visually-hidden">{t('plan.common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {processes.map((p) => {
                const o = objectives.find((x) => x.parentId === p.id);
                const tier = bia.tierByProcess.get(p.id);
                const findings = bia.warningsByProcess.get(p.id)?.length ?? 0;
                const rank = criticalRank(topFive, p.id);
                return (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={detailPath('process', p.id)}>
                        {p.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{p.owner || t('plan.common.notSet')}</Table.Td>
                    <Table.Td>{rank ?? '—'}</Table.Td>
                    <Table.Td>{mtpdValueText(t, bia.mtpdByProcess.get(p.id))}</Table.Td>
                    <Table.Td>{time(o?.rtoMinutes)}</Table.Td>
                    <Table.Td>{time(o?.rpoMinutes)}</Table.Td>
                    <Table.Td>{tier ? t(`plan.tier.${tier}`) : t('plan.common.notSet')}</Table.Td>
                    <Table.Td>{findings > 0 ? <Badge color="orange" variant="light">{findings}</Badge> : t('plan.common.noneFound')}</Table.Td>
                    <Table.Td>
                      <DeleteButton kind="process" id={p.id} name={p.name} compact />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
