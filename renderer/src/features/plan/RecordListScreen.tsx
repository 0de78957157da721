import type { ReactNode } from 'react';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { PlanRecord } from '../../domain/record';
import { useTranslation } from '../../i18n';
import { CsvExportButton } from '../csv/CsvExportButton';
import { AddByName } from './AddByName';
import { DeleteButton } from './DeleteButton';
import { detailPath, PATHS, type DetailKind } from './paths';
import { useSaver } from './saver';
import './plan.css';

export interface RecordColumn<T> {
  header: string;
  cell: (record: T) => ReactNode;
}

type AddProps<Extra extends Record<string, string>> = Parameters<typeof AddByName<Extra>>[0];

/**
 * The list screen every kind of plan record shares: heading, quick add (which opens the new
 * record), optional CSV import and export, then a table whose first column links to each record
 * and whose last deletes it. Its messages are `plan.<kind>List.{title,intro,addName,addExample,add,empty}`.
 */
export function RecordListScreen<T extends PlanRecord & { name: string }, Extra extends Record<string, string>>({
  kind,
  records,
  create,
  extraInitial,
  renderExtra,
  csv,
  nameHeader,
  columns,
  minWidth = 720,
}: {
  kind: DetailKind;
  /** In the order shown. */
  records: readonly T[];
  create: (values: { name: string } & Extra) => T;
  extraInitial: Extra;
  renderExtra?: AddProps<Extra>['renderExtra'];
  csv?: { importWhat: string; importLabel: string; exportWhat: 'assets' | 'bia' };
  nameHeader: string;
  /** Between the name and the delete button. */
  columns: readonly RecordColumn<T>[];
  minWidth?: number;
}) {
  const { t } = useTranslation();
  const saver = useSaver();
  const navigate = useNavigate();
  const messages = `plan.${kind}List`;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t(`${messages}.title`)}
      </Title>
      <Text>{t(`${messages}.intro`)}</Text>
      <AddByName
        nameLabel={t(`${messages}.addName`)}
        placeholder={t(`${messages}.addExample`)}
        buttonLabel={t(`${messages}.add`)}
        extraInitial={extraInitial}
        {...(renderExtra ? { renderExtra } : {})}
        onAdd={async (values) => {
          const record = create(values);
          await saver.save(record);
          void navigate(detailPath(kind, record.id));
        }}
      />
      {csv && (
        <Group gap="sm">
          <Button component={Link} to={`${PATHS.importCsv}?what=${csv.importWhat}`} variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
            {csv.importLabel}
          </Button>
          <CsvExportButton what={csv.exportWhat} />
        </Group>
      )}
      {records.length === 0 ? (
        <Text>{t(`${messages}.empty`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{nameHeader}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column.header} scope="col">
                    {column.header}
                  </Table.Th>
                ))}
                <Table.Th scope="col">
                  <span className="lb-visually-hidden">{t('plan.common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={detailPath(kind, record.id)}>
                      {record.name}
                    </Anchor>
                  </Table.Th>
                  {columns.map((column) => (
                    <Table.Td key={column.header}>{column.cell(record)}</Table.Td>
                  ))}
                  <Table.Td>
                    <DeleteButton kind={kind} id={record.id} name={record.name} compact />
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
