import { formatMinutes } from '../../domain/duration';
import { makeVendor } from '../../domain/vendor';
import { useTranslation } from '../../i18n';
import { byName, useDependencies, useVendors } from './data';
import { RecordListScreen } from './RecordListScreen';

export function VendorListScreen() {
  const { t } = useTranslation();
  const vendors = byName(useVendors());
  const deps = useDependencies();
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.unknown') : formatMinutes(m));
  return (
    <RecordListScreen
      kind="vendor"
      records={vendors}
      extraInitial={{}}
      create={({ name }) => makeVendor({ name })}
      nameHeader={t('plan.vendor.name')}
      columns={[
        { header: t('plan.vendor.service'), cell: (v) => v.service },
        { header: t('plan.vendor.contractReference'), cell: (v) => v.contractReference || t('plan.common.notSet') },
        { header: t('plan.vendorList.sla'), cell: (v) => t('plan.dependency.sla', { rto: time(v.slaRtoMinutes), rpo: time(v.slaRpoMinutes) }) },
        { header: t('plan.common.usedBy'), cell: (v) => t('plan.common.processCount', { count: new Set(deps.filter((d) => d.targetId === v.id).map((d) => d.parentId)).size }) },
      ]}
    />
  );
}
