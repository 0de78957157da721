import type { TFunction } from 'i18next';
import { VaultError } from '../../store';

/** Turns anything thrown into a sentence for a person; unknown failures get the generic one. */
export function userMessage(t: TFunction, error: unknown): string {
  if (error instanceof VaultError) return t(`errors.${error.code}`, { record: error.recordId ?? '' });
  return t('errors.unexpected');
}
