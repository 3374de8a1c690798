import { useEffect } from 'react';
import { useStore } from 'ra-core';
import { useSession } from '../auth/session-context';
import { takeSignedOutPick } from './locale-choice';
import { rememberLocale } from './locale-memory';
import { isLocale } from './locales';
import { saveOwnLocale } from './own-locale-api';

/**
 * Keeps the language in step with the session. Whatever changes the locale (a switcher, react-admin)
 * is remembered for requests and for the next visit. At sign-in, a language just picked on the
 * sign-in page is saved to the account; otherwise the account's own choice applies.
 */
export function LocaleSync() {
  // The store, not useLocaleState: this sits outside the I18nContextProvider, whose re-keying on a
  // locale change would otherwise re-run the sign-in step below and undo the switch.
  const [locale, setLocale] = useStore<string | undefined>('locale');
  const { state } = useSession();
  const principal = state.status === 'signed-in' ? state.principal : undefined;

  useEffect(() => {
    if (isLocale(locale)) rememberLocale(locale);
  }, [locale]);

  useEffect(() => {
    if (!principal) return;
    const picked = takeSignedOutPick();
    if (picked) {
      if (picked !== principal.locale)
        void saveOwnLocale(picked).catch((error: unknown) => console.warn('Could not save the language', error));
    } else if (isLocale(principal.locale)) setLocale(principal.locale);
    // Only a new sign-in decides; later switches save themselves (useLocaleChoice).
  }, [principal, setLocale]);

  return null;
}
