import type { TranslationMessages } from 'ra-core';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import russianMessages from 'ra-language-russian';
import { collectMessages, deepMerge, type AreaMessages, type MessageTree } from './catalogue';
import { currentLocale } from './locale-memory';
import { LOCALES, type Locale } from './locales';

type Catalogues = Record<string, { messages?: AreaMessages }>;

/**
 * The catalogues the signed-out pages need, in the first chunk: sign-in, the common texts, field
 * labels, and any `*.public.messages.ts`. Every other `*.messages.ts` comes with the console (see
 * console-catalogues.ts), which keeps the sign-in page's JavaScript small.
 */
const catalogues: Catalogues = {
  ...import.meta.glob<{ messages?: AreaMessages }>(
    ['../auth/**/*.messages.ts', '../i18n/**/*.messages.ts', '../api/**/*.messages.ts', '../**/*.public.messages.ts'],
    { eager: true },
  ),
};

const english = englishMessages as unknown as MessageTree;
const BASES: Record<Locale, MessageTree> = {
  en: english,
  // ra-language-russian lags react-admin by some releases: its missing phrases stay English.
  ru: deepMerge(english, russianMessages as unknown as MessageTree),
};

const byLocale = new Map<Locale, MessageTree>();
const messagesOf = (locale: string): TranslationMessages => {
  const known = (LOCALES.some((l) => l.locale === locale) ? locale : 'en') as Locale;
  if (!byLocale.has(known)) byLocale.set(known, collectMessages(known, BASES[known], catalogues));
  return byLocale.get(known) as unknown as TranslationMessages;
};

/**
 * The one i18n provider of the app, shared by the signed-out pages and react-admin's <Admin>.
 * A key without a phrase shows its `_` default (the English text the component gives), never the key.
 */
export const i18nProvider = polyglotI18nProvider(messagesOf, currentLocale(), [...LOCALES], { allowMissing: true });

/** Adds catalogues (the console's, once loaded) and rebuilds the phrases of the language in effect. */
export async function addCatalogues(more: Catalogues): Promise<void> {
  Object.assign(catalogues, more);
  byLocale.clear();
  await i18nProvider.changeLocale(i18nProvider.getLocale());
}

/** Translates outside React (API error texts): the language in effect at the call. */
export const translateNow = (key: string, options?: Record<string, unknown>): string => i18nProvider.translate(key, options) as string;
