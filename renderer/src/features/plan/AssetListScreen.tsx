import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { makeAsset, type AssetType } from '../../domain/asset';
import { formatMinutes } from '../../domain/duration';
import { useTranslation } from '../../i18n';
import { CsvExportButton } from '../csv/CsvExportButton';
import { AddByName } from './AddByName';
import { byName, useAssets, useDependencies } from './data';
import { DeleteButton } from './DeleteButton';
import { assetTypeOptions } from './options';
import { detailPath, PATHS } from './paths';
import { useSaver } from './saver';
import './plan.css';

export function AssetListScreen() {
  const { t } = useTranslation();
  const saver = useSaver();
  const navigate = useNavigate();
  const assets = byName(useAssets());
  const deps = useDependencies();
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.unknown') : formatMinutes(m));
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plan.assetList.title')}
      </Title>
      <Text>{t('plan.assetList.intro')}</Text>
      <AddByName
        nameLabel={t('plan.assetList.addName')}
        placeholder={t('plan.assetList.addExample')}
        buttonLabel={t('plan.assetList.add')}
        extraInitial={{ type: 'server' }}
        renderExtra={({ get }) => <NativeSelect label={t('plan.asset.type')} data={assetTypeOptions(t)} {...get('type')} />}
        onAdd={async ({ name, type }) => {
          const asset = makeAsset({ name, type: type as AssetType });
          await saver.save(asset);
          void navigate(detailPath('asset', asset.id));
        }}
      />
      <Group gap="sm">
        <Button component={Link} to={`${PATHS.importCsv}?what=assets`} variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
          {t('plan.csv.importAssets')}
        </Button>
        <CsvExportButton what="assets" />
      </Group>
      {assets.length === 0 ? (
        <Text>{t('plan.assetList.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.asset.name')}</Table.Th>
                <Table.Th scope="col">{t('plan.asset.type')}</Table.Th>
                <Table.Th scope="col">{t('plan.asset.locationOrProvider')}</Table.Th>
                <Table.Th scope="col">{t('plan.assetList.rto')}</Table.Th>
                <Table.Th scope="col">{t('plan.assetList.rpo')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.usedBy')}</Table.Th>
                <Table.Th scope="col">
                  <span className="lb-visually-hidden">{t('plan.common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assets.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={detailPath('asset', a.id)}>
                      {a.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t(`plan.assetTypes.${a.type}`)}</Table.Td>
                  <Table.Td>{a.locationOrProvider}</Table.Td>
                  <Table.Td>{time(a.achievableRtoMinutes)}</Table.Td>
                  <Table.Td>{time(a.achievableRpoMinutes)}</Table.Td>
                  <Table.Td>{t('plan.common.processCount', { count: new Set(deps.filter((d) => d.targetId === a.id).map((d) => d.parentId)).size })}</Table.Td>
                  <Table.Td>
                    <DeleteButton kind="asset" id={a.id} name={a.name} compact />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
