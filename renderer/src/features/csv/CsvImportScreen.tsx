import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, List, NativeSelect, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { Asset } from '../../domain/asset';
import { ASSET_CSV_FIELDS, suggestAssetMapping, validateAssetRows } from '../../domain/csv/assetCsv';
import { columnName, type ColumnMapping, type CsvField } from '../../domain/csv/columns';
import type { CsvImportResult } from '../../domain/csv/importRows';
import { parseCsv, type ParsedCsv } from '../../domain/csv/parseCsv';
import { PROCESS_CSV_FIELDS, suggestProcessMapping, validateProcessRows, type ImportedProcess } from '../../domain/csv/processCsv';
import type { RowError } from '../../domain/csv/rowError';
import { checkCsvSize } from '../../domain/csv/sizeLimit';
import { formatMinutes } from '../../domain/duration';
import type { PlanRecord } from '../../domain/record';
import { getPlatform } from '../../platform';
import { useTranslation } from '../../i18n';
import { useAssets, useProcesses } from '../plan/data';
import { PATHS } from '../plan/paths';
import { useSaver } from '../plan/saver';
import { userMessage } from '../shared/userMessage';
import { decodeCsv, fieldLabel, isDetailField, type CsvKind } from './csvFiles';
import '../plan/plan.css';

const MAX_ERRORS_SHOWN = 200;
const PREVIEW_ROWS = 25;

type Loaded = { name: string; parsed: ParsedCsv; mapping: ColumnMapping };
type Checked = { kind: 'assets'; result: CsvImportResult<Asset> } | { kind: 'processes'; result: CsvImportResult<ImportedProcess> };

const fieldsOf = (kind: CsvKind) => (kind === 'assets' ? ASSET_CSV_FIELDS : PROCESS_CSV_FIELDS) as readonly CsvField<never>[];

/**
 * Import in four steps, nothing written until the last: choose a file, say which column is which,
 * check every row (errors by line number), then confirm a clean preview.
 */
export function CsvImportScreen() {
  const { t } = useTranslation();
  const saver = useSaver();
  const [params, setParams] = useSearchParams();
  const kind: CsvKind = params.get('what') === 'processes' ? 'processes' : 'assets';
  const assets = useAssets();
  const processes = useProcesses();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ count: number } | null>(null);

  function reset() {
    setLoaded(null);
    setChecked(null);
    setFileError(null);
  }

  async function choose() {
    reset();
    setDone(null);
    const file = await getPlatform().openFile({ accept: ['.csv', 'text/csv'], label: t('plan.csv.fileInputLabel') });
    if (!file.ok) {
      if (file.reason !== 'cancelled') setFileError(t('errors.fileRead'));
      return;
    }
    const tooLarge = checkCsvSize(file.bytes.length);
    if (tooLarge) {
      setFileError(t('plan.csv.tooLarge', { size: (file.bytes.length / (1024 * 1024)).toFixed(1) }));
      return;
    }
    const decoded = decodeCsv(file.bytes);
    if (!decoded.ok) {
      setFileError(t('plan.csv.notUtf8'));
      return;
    }
    const parsed = parseCsv(decoded.text);
    const mapping = kind === 'assets' ? suggestAssetMapping(parsed.header) : suggestProcessMapping(parsed.header);
    setLoaded({ name: file.name, parsed, mapping });
  }

  function check() {
    if (!loaded) return;
    // The result appears below the long mapping table: take the keyboard (and the eye) there.
    requestAnimationFrame(() => document.getElementById('csv-result')?.focus());
    if (kind === 'assets') {
      setChecked({ kind, result: validateAssetRows(loaded.parsed, loaded.mapping, { existingNames: assets.map((a) => a.name) }) });
    } else {
      setChecked({ kind, result: validateProcessRows(loaded.parsed, loaded.mapping, { existingNames: processes.map((p) => p.name) }) });
    }
  }

  async function confirm() {
    if (!checked || checked.result.errors.length > 0) return;
    setBusy(true);
    try {
      const records: PlanRecord[] =
        checked.kind === 'assets'
          ? (checked.result.rows as PlanRecord[])
          : checked.result.rows.flatMap((r) => [r.process, r.impact, r.objectives] as PlanRecord[]);
      await saver.save(...records);
      setDone({ count: checked.result.rows.length });
      reset();
    } catch (e) {
      setFileError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('plan.csv.importTitle')}
      </Title>
      <Text>{t('plan.csv.importIntro')}</Text>
      <Radio.Group
        label={t('plan.csv.whatLabel')}
        value={kind}
        onChange={(v) => {
          reset();
          setDone(null);
          setParams({ what: v }, { replace: true });
        }}
      >
        <Group mt="xs">
          <Radio value="assets" label={t('plan.csv.whatAssets')} />
          <Radio value="processes" label={t('plan.csv.whatProcesses')} />
        </Group>
      </Radio.Group>
      <Group>
        <Button leftSection={<IconFileUpload size={16} aria-hidden />} onClick={() => void choose()}>
          {t('plan.csv.chooseFile')}
        </Button>
        {loaded && <Text>{t('plan.csv.chosen', { name: loaded.name, count: loaded.parsed.recordCount })}</Text>}
      </Group>
      {fileError && (
        <Alert color="red" role="alert" title={t('plan.csv.nothingImported')}>
          {fileError}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status" title={t('plan.csv.importedTitle')}>
          <Stack gap={4}>
            <Text>{t(kind === 'assets' ? 'plan.csv.importedAssets' : 'plan.csv.importedProcesses', { count: done.count })}</Text>
            <Anchor component={Link} to={kind === 'assets' ? PATHS.assets : PATHS.processes}>
              {t(kind === 'assets' ? 'plan.csv.seeAssets' : 'plan.csv.seeProcesses')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {loaded && loaded.parsed.header.length > 0 && (
        <MappingStep
          kind={kind}
          loaded={loaded}
          onChange={(mapping) => {
            setLoaded({ ...loaded, mapping });
            setChecked(null);
          }}
          onCheck={check}
        />
      )}
      {loaded && loaded.parsed.header.length === 0 && <ErrorList errors={loaded.parsed.errors} />}
      {checked && (
        <div id="csv-result" tabIndex={-1}>
          <Preview checked={checked} busy={busy} onConfirm={() => void confirm()} />
        </div>
      )}
    </Stack>
  );
}

function MappingStep({ kind, loaded, onChange, onCheck }: { kind: CsvKind; loaded: Loaded; onChange(m: ColumnMapping): void; onCheck(): void }) {
  const { t } = useTranslation();
  const { header, rows } = loaded.parsed;
  const options = useMemo(
    () => [
      { value: '', label: t('plan.csv.doNotImport') },
      ...header.map((h, i) => {
        const sample = rows[0]?.cells[i]?.trim();
        const name = columnName(header, i);
        return { value: String(i), label: sample ? t('plan.csv.columnWithSample', { name, sample: sample.slice(0, 30) }) : name };
      }),
    ],
    [header, rows, t],
  );
  const fields = fieldsOf(kind);
  const row = (field: CsvField<never>) => {
    const label = fieldLabel(t, kind, field);
    return (
      <Table.Tr key={field.key}>
        <Table.Th scope="row">
          {label}
          {field.required && <Text span c="red.9"> {t('plan.csv.requiredMark')}</Text>}
        </Table.Th>
        <Table.Td>
          <NativeSelect
            aria-label={t('plan.csv.columnFor', { field: label })}
            data={options}
            value={loaded.mapping[field.key] === null || loaded.mapping[field.key] === undefined ? '' : String(loaded.mapping[field.key])}
            onChange={(e) => onChange({ ...loaded.mapping, [field.key]: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}
          />
        </Table.Td>
      </Table.Tr>
    );
  };
  const main = fields.filter((f) => !isDetailField(kind, f.key));
  const detail = fields.filter((f) => isDetailField(kind, f.key));
  const used = new Set(Object.values(loaded.mapping).filter((v): v is number => v !== null));
  const ignored = header.map((_, i) => i).filter((i) => !used.has(i)).map((i) => columnName(header, i));
  return (
    <Stack gap="sm" component="section" aria-labelledby="csv-mapping-title">
      <Title order={2} size="h3" id="csv-mapping-title">
        {t('plan.csv.mappingTitle')}
      </Title>
      <Text size="sm">{t('plan.csv.mappingIntro')}</Text>
      <Table withTableBorder maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plan.csv.lifeboatField')}</Table.Th>
            <Table.Th scope="col">{t('plan.csv.fileColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{main.map(row)}</Table.Tbody>
      </Table>
      {detail.length > 0 && (
        <details className="lb-details">
          <summary>{t('plan.csv.impactColumns', { count: detail.filter((f) => loaded.mapping[f.key] !== null && loaded.mapping[f.key] !== undefined).length, total: detail.length })}</summary>
          <Table withTableBorder maw={720}>
            <Table.Tbody>{detail.map(row)}</Table.Tbody>
          </Table>
        </details>
      )}
      {ignored.length > 0 && <Text size="sm">{t('plan.csv.ignored', { columns: ignored.join(', ') })}</Text>}
      <Group>
        <Button onClick={onCheck}>{t('plan.csv.check')}</Button>
      </Group>
    </Stack>
  );
}

function errorLine(t: ReturnType<typeof useTranslation>['t'], e: RowError): string {
  return e.column === undefined ? t('plan.csv.errorAtLine', { line: e.line, message: e.message }) : t('plan.csv.errorAtCell', { line: e.line, column: e.column, message: e.message });
}

function ErrorList({ errors }: { errors: readonly RowError[] }) {
  const { t } = useTranslation();
  const lines = new Set(errors.map((e) => e.line)).size;
  return (
    <Alert color="red" title={t('plan.csv.errorsTitle', { count: errors.length, lines })} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('plan.csv.errorsIntro')}</Text>
        <List size="sm" spacing={2} aria-label={t('plan.csv.errorsListLabel')}>
          {errors.slice(0, MAX_ERRORS_SHOWN).map((e, i) => (
            <List.Item key={`${e.line}-${e.field ?? ''}-${i}`}>{errorLine(t, e)}</List.Item>
          ))}
        </List>
        {errors.length > MAX_ERRORS_SHOWN && <Text size="sm">{t('plan.csv.moreErrors', { count: errors.length - MAX_ERRORS_SHOWN })}</Text>}
      </Stack>
    </Alert>
  );
}

function Preview({ checked, busy, onConfirm }: { checked: Checked; busy: boolean; onConfirm(): void }) {
  const { t } = useTranslation();
  const { result } = checked;
  const time = (m: number | undefined) => (m === undefined ? '' : formatMinutes(m));
  if (result.errors.length > 0) return <ErrorList errors={result.errors} />;
  const count = result.rows.length;
  return (
    <Stack gap="sm" component="section" aria-labelledby="csv-preview-title">
      <Title order={2} size="h3" id="csv-preview-title">
        {t('plan.csv.previewTitle')}
      </Title>
      <Text role="status">{t(checked.kind === 'assets' ? 'plan.csv.readyAssets' : 'plan.csv.readyProcesses', { count })}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plan.csv.line')}</Table.Th>
              <Table.Th scope="col">{t('plan.csv.previewName')}</Table.Th>
              {checked.kind === 'assets' ? (
                <>
                  <Table.Th scope="col">{t('plan.asset.type')}</Table.Th>
                  <Table.Th scope="col">{t('plan.asset.locationOrProvider')}</Table.Th>
                  <Table.Th scope="col">{t('plan.assetList.rto')}</Table.Th>
                  <Table.Th scope="col">{t('plan.assetList.rpo')}</Table.Th>
                </>
              ) : (
                <>
                  <Table.Th scope="col">{t('plan.process.owner')}</Table.Th>
                  <Table.Th scope="col">{t('plan.common.rtoShort')}</Table.Th>
                  <Table.Th scope="col">{t('plan.common.rpoShort')}</Table.Th>
                </>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checked.kind === 'assets'
              ? checked.result.rows.slice(0, PREVIEW_ROWS).map((a, i) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{checked.result.rowLines[i]}</Table.Td>
                    <Table.Th scope="row">{a.name}</Table.Th>
                    <Table.Td>{t(`plan.assetTypes.${a.type}`)}</Table.Td>
                    <Table.Td>{a.locationOrProvider}</Table.Td>
                    <Table.Td>{time(a.achievableRtoMinutes)}</Table.Td>
                    <Table.Td>{time(a.achievableRpoMinutes)}</Table.Td>
                  </Table.Tr>
                ))
              : checked.result.rows.slice(0, PREVIEW_ROWS).map((r, i) => (
                  <Table.Tr key={r.process.id}>
                    <Table.Td>{checked.result.rowLines[i]}</Table.Td>
                    <Table.Th scope="row">{r.process.name}</Table.Th>
                    <Table.Td>{r.process.owner}</Table.Td>
                    <Table.Td>{time(r.objectives.rtoMinutes)}</Table.Td>
                    <Table.Td>{time(r.objectives.rpoMinutes)}</Table.Td>
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {count > PREVIEW_ROWS && <Text size="sm">{t('plan.csv.previewMore', { count: count - PREVIEW_ROWS })}</Text>}
      <Group>
        <Button onClick={onConfirm} loading={busy} disabled={count === 0}>
          {t(checked.kind === 'assets' ? 'plan.csv.confirmAssets' : 'plan.csv.confirmProcesses', { count })}
        </Button>
      </Group>
    </Stack>
  );
}
