import { useState } from 'react';
import { Button, Checkbox, Group, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { exportAssetsCsv } from '../../domain/csv/assetCsv';
import { exportBiaCsv } from '../../domain/csv/processCsv';
import { getPlatform } from '../../platform';
import { useTranslation } from '../../i18n';
import { useSaver } from '../plan/saver';
import { useAssets, useBiaPlan } from '../plan/data';
import { saveFailureMessage } from '../shared/saveFailureMessage';
import { userMessage } from '../shared/userMessage';
import { encodeCsv, exportFileName } from './csvFiles';
import { notify } from '../plan/scope';

/**
 * Saves the asset inventory or the BIA table as CSV: every field quoted, formulas neutralised, and
 * by default a UTF-8 byte-order mark so Excel on Windows shows accents correctly.
 */
export function CsvExportButton({ what }: { what: 'assets' | 'bia' }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const assets = useAssets();
  const plan = useBiaPlan();
  const [bom, setBom] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const text = what === 'assets' ? exportAssetsCsv(assets, { bom }) : exportBiaCsv(plan, { bom });
      const suggestedName = exportFileName(what === 'assets' ? 'asset-inventory' : 'bia-table');
      const result = await getPlatform().saveFile({ suggestedName, bytes: encodeCsv(text), mimeType: 'text/csv;charset=utf-8', filters: [{ name: 'CSV', extensions: ['csv'] }] });
      if (!result.ok) {
        if (result.reason !== 'cancelled') setError(saveFailureMessage(t, result.reason));
        return;
      }
      const count = what === 'assets' ? assets.length : plan.processes.length;
      await saver.run((s) => s.note({ action: 'export', entityKind: what === 'assets' ? 'asset' : 'process', entityId: what === 'assets' ? 'asset-inventory' : 'bia-table', entityLabel: suggestedName, after: `CSV, ${count} rows` }));
      notify(t, { color: 'green', message: t(what === 'assets' ? 'plan.csv.exportedAssets' : 'plan.csv.exportedBia', { count, file: suggestedName }) });
    } catch (e) {
      setError(userMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group gap="sm" align="center">
      <Button variant="default" leftSection={<IconFileExport size={16} aria-hidden />} loading={busy} onClick={() => void run()}>
        {t(what === 'assets' ? 'plan.csv.exportAssets' : 'plan.csv.exportBia')}
      </Button>
      <Checkbox label={t('plan.csv.bom')} checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} />
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
