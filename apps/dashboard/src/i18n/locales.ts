/** The languages of the dashboard; the server keeps the same list for a user's `locale`. */
export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'ru', name: 'Русский' },
] as const;

export type Locale = (typeof LOCALES)[number]['locale'];

export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l.locale === value);

/** The supported language of a BCP 47 tag (`ru-RU` → `ru`), or undefined. */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/** The first supported language among the browser's preferred ones. */
export function browserLocale(languages: readonly string[] | undefined): Locale | undefined {
  for (const tag of languages ?? []) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return undefined;
}
