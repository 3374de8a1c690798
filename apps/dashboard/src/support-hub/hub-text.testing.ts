import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import type { HubText } from './hub-i18n';
import { messages } from './support-hub.messages';

/** The hub's texts as the app gets them: react-admin's polyglot provider over the real catalogue (tests only). */
export function hubTextIn(locale: 'en' | 'ru'): HubText {
  // The hub's catalogue alone (react-admin's own `ra.*` texts are not needed here).
  const provider = polyglotI18nProvider(() => messages[locale] as unknown as TranslationMessages, locale);
  return { t: (key, options) => provider.translate(key, options), locale };
}

export const EN = hubTextIn('en');
export const RU = hubTextIn('ru');
