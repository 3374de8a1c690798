import { browserLocale, DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * The language in effect, outside React: the API client sends it as Accept-Language and error
 * texts built outside components use it. The signed-out pages need the last choice after a reload,
 * so it is also kept in localStorage (react-admin's own store is wiped on sign-out).
 */
const STORAGE_KEY = 'contactly.locale';

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
};

/** The last choice on this browser, else the browser's language, else English. */
export function initialLocale(): Locale {
  const stored = storage()?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const languages = typeof navigator === 'undefined' ? undefined : navigator.languages?.length ? navigator.languages : [navigator.language];
  return browserLocale(languages) ?? DEFAULT_LOCALE;
}

let current: Locale = initialLocale();

export const currentLocale = (): Locale => current;

/** Makes `locale` the one in effect and remembers it on this browser. */
export function rememberLocale(locale: Locale): void {
  current = locale;
  storage()?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
