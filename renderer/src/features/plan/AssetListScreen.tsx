import { NativeSelect } from '@mantine/core';
import { makeAsset, type AssetType } from '../../domain/asset';
import { formatMinutes } from '../../domain/duration';
import { useTranslation } from '../../i18n';
import { byName, useAssets, useDependencies } from './data';
import { assetTypeOptions } from './options';
import { RecordListScreen } from './RecordListScreen';

export function AssetListScreen() {
  const { t } = useTranslation();
  const assets = byName(useAssets());
  const deps = useDependencies();
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.unknown') : formatMinutes(m));
  return (
    <RecordListScreen
      kind="asset"
      records={assets}
      extraInitial={{ type: 'server' }}
      renderExtra={({ get }) => <NativeSelect label={t('plan.asset.type')} data={assetTypeOptions(t)} {...get('type')} />}
      create={({ name, type }) => makeAsset({ name, type: type as AssetType })}
      csv={{ importWhat: 'assets', importLabel: t('plan.csv.importAssets'), exportWhat: 'assets' }}
      nameHeader={t('plan.asset.name')}
      columns={[
        { header: t('plan.asset.type'), cell: (a) => t(`plan.assetTypes.${a.type}`) },
        { header: t('plan.asset.locationOrProvider'), cell: (a) => a.locationOrProvider },
        { header: t('plan.assetList.rto'), cell: (a) => time(a.achievableRtoMinutes) },
        { header: t('plan.assetList.rpo'), cell: (a) => time(a.achievableRpoMinutes) },
        { header: t('plan.common.usedBy'), cell: (a) => t('plan.common.processCount', { count: new Set(deps.filter((d) => d.targetId === a.id).map((d) => d.parentId)).size }) },
      ]}
    />
  );
}
