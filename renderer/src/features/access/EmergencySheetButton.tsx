import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { i18next, useTranslation } from '../../i18n';
import { ORGANISATION_KIND } from '../../domain/organisation';
import { newRecordId } from '../../domain/record';
import { getPlatform } from '../../platform';
import type { PdfStrings } from '../../print/client';
import { saveFailureMessage } from '../shared/saveFailureMessage';

/**
 * The recovery key exists in clear only now, so this is the one moment the sheet for the safe can
 * be made. The plan has no business name yet; the sheet carries a neutral one.
 */
export function EmergencySheetButton({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    try {
      const { renderPdf } = await import('../../print/client');
      const organisation = { id: newRecordId(), kind: ORGANISATION_KIND, updatedAt: new Date().toISOString(), name: t('recovery.sheetOrganisation'), planOwner: '', locations: [], classification: 'CONFIDENTIAL' };
      const strings = i18next.t('print.pdf', { returnObjects: true }) as unknown as PdfStrings;
      const pdf = await renderPdf({ request: { document: 'emergency-sheet', recoveryKey }, records: [organisation], paper: 'A4', strings });
      const result = await getPlatform().savePdf({ suggestedName: pdf.fileName, bytes: pdf.bytes });
      if (result.ok) notifications.show({ color: 'green', message: t('recovery.sheetSaved') });
      else if (result.reason !== 'cancelled') notifications.show({ color: 'red', message: saveFailureMessage(t, result.reason) });
    } catch (error) {
      console.error(error);
      notifications.show({ color: 'red', message: t('recovery.sheetFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Text size="sm">{t('recovery.sheetIntro')}</Text>
      <Button variant="default" onClick={save} loading={busy} w="fit-content">{t('recovery.sheetSave')}</Button>
    </Stack>
  );
}
