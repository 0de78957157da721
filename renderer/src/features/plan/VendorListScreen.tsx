import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { formatMinutes } from '../../domain/duration';
import { makeVendor } from '../../domain/vendor';
import { useTranslation } from '../../i18n';
import { AddByName } from './AddByName';
import { byName, useDependencies, useVendors } from './data';
import { DeleteButton } from './DeleteButton';
import { detailPath } from './paths';
import { useSaver } from './saver';
import './plan.css';

export function VendorListScreen() {
  const { t } = useTranslation();
  const saver = useSaver();
  const navigate = useNavigate();
  const vendors = byName(useVendors());
  const deps = useDependencies();
  const time = (m: number | undefined) => (m === undefined ? t('plan.common.unknown') : formatMinutes(m));
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plan.vendorList.title')}
      </Title>
      <Text>{t('plan.vendorList.intro')}</Text>
      <AddByName
        nameLabel={t('plan.vendorList.addName')}
        placeholder={t('plan.vendorList.addExample')}
        buttonLabel={t('plan.vendorList.add')}
        extraInitial={{}}
        onAdd={async ({ name }) => {
          const vendor = makeVendor({ name });
          await saver.save(vendor);
          void navigate(detailPath('vendor', vendor.id));
        }}
      />
      {vendors.length === 0 ? (
        <Text>{t('plan.vendorList.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.vendor.name')}</Table.Th>
                <Table.Th scope="col">{t('plan.vendor.service')}</Table.Th>
                <Table.Th scope="col">{t('plan.vendor.contractReference')}</Table.Th>
                <Table.Th scope="col">{t('plan.vendorList.sla')}</Table.Th>
                <Table.Th scope="col">{t('plan.common.usedBy')}</Table.Th>
                <Table.Th scope="col">
                  <span className="lb-visually-hidden">{t('plan.common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vendors.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={detailPath('vendor', v.id)}>
                      {v.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{v.service}</Table.Td>
                  <Table.Td>{v.contractReference || t('plan.common.notSet')}</Table.Td>
                  <Table.Td>{t('plan.dependency.sla', { rto: time(v.slaRtoMinutes), rpo: time(v.slaRpoMinutes) })}</Table.Td>
                  <Table.Td>{t('plan.common.processCount', { count: new Set(deps.filter((d) => d.targetId === v.id).map((d) => d.parentId)).size })}</Table.Td>
                  <Table.Td>
                    <DeleteButton kind="vendor" id={v.id} name={v.name} compact />
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
