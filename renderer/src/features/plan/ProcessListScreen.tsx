import { Badge, TextInput } from '@mantine/core';
import { makeProcess } from '../../domain/process';
import { formatMinutes } from '../../domain/duration';
import { criticalRank } from '../../domain/topFive';
import { useTranslation } from '../../i18n';
import { byName, useBia, useObjectivesList, useProcesses, useTopFive } from './data';
import { mtpdValueText } from './MtpdExplain';
import { RecordListScreen } from './RecordListScreen';

export function ProcessListScreen() {
  const { t } = useTranslation();
  const processes = byName(useProcesses());
  const objectives = useObjectivesList();
  const topFive = useTopFive();
  const bia = useBia();
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.notSet') : formatMinutes(m));
  const objectivesOf = (id: string) => objectives.find((x) => x.parentId === id);
  return (
    <RecordListScreen
      kind="process"
      records={processes}
      extraInitial={{ owner: '' }}
      renderExtra={({ get }) => <TextInput label={t('plan.process.owner')} {...get('owner')} />}
      create={({ name, owner }) => makeProcess({ name, owner })}
      csv={{ importWhat: 'processes', importLabel: t('plan.csv.importProcesses'), exportWhat: 'bia' }}
      nameHeader={t('plan.processList.name')}
      minWidth={760}
      columns={[
        { header: t('plan.process.owner'), cell: (p) => p.owner || t('plan.common.notSet') },
        { header: t('plan.common.topFiveRank'), cell: (p) => criticalRank(topFive, p.id) ?? '—' },
        { header: t('plan.common.mtpdShort'), cell: (p) => mtpdValueText(t, bia.mtpdByProcess.get(p.id)) },
        { header: t('plan.common.rtoShort'), cell: (p) => time(objectivesOf(p.id)?.rtoMinutes) },
        { header: t('plan.common.rpoShort'), cell: (p) => time(objectivesOf(p.id)?.rpoMinutes) },
        {
          header: t('plan.common.tier'),
          cell: (p) => {
            const tier = bia.tierByProcess.get(p.id);
            return tier ? t(`plan.tier.${tier}`) : t('plan.common.notSet');
          },
        },
        {
          header: t('plan.common.findings'),
          cell: (p) => {
            const findings = bia.warningsByProcess.get(p.id)?.length ?? 0;
            return findings > 0 ? <Badge color="orange" variant="light">{findings}</Badge> : t('plan.common.noneFound');
          },
        },
      ]}
    />
  );
}
