import type { TFunction } from 'i18next';

/** Why a file could not be written, in words that point to the fix. */
export function saveFailureMessage(t: TFunction, reason: string): string {
  switch (reason) {
    case 'cancelled':
      return t('errors.fileCancelled');
    case 'permission':
      return t('errors.filePermission');
    case 'disk-full':
      return t('errors.fileDiskFull');
    default:
      return t('errors.fileFailed');
  }
}
