import type { TFunction } from 'i18next';
import { initI18n } from '../../renderer/src/i18n';

/** The app's own i18n set-up, in English, for tests of text built through the catalogue. */
export async function englishT(): Promise<TFunction> {
  const i18n = await initI18n('en');
  return i18n.t.bind(i18n) as TFunction;
}
