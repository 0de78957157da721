import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/** Right-to-left languages flip the whole layout through `dir`; the CSS uses logical properties only. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

export async function initI18n(language = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export { i18next };
export { useTranslation, Trans } from 'react-i18next';
