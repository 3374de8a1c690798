import { useCallback, useContext } from 'react';
import { useLocaleState } from 'ra-core';
import { SessionContext } from '../auth/session-context';
import { isLocale, type Locale } from './locales';
import { saveOwnLocale } from './own-locale-api';

/** A language picked while signed out in this tab: it wins over the account's at the next sign-in. */
let pickedSignedOut: Locale | undefined;

/** Takes (and forgets) the language picked on a signed-out page, if any. */
export function takeSignedOutPick(): Locale | undefined {
  const picked = pickedSignedOut;
  pickedSignedOut = undefined;
  return picked;
}

/**
 * The language in effect and a way to choose another: signed in, the choice is also saved to the
 * user's account (so it follows them to another browser); signed out, it is kept for the sign-in.
 */
export function useLocaleChoice(): [Locale, (locale: Locale) => void] {
  const [locale, setLocale] = useLocaleState();
  const session = useContext(SessionContext);
  const signedIn = session?.state.status === 'signed-in';
  const choose = useCallback(
    (next: Locale) => {
      setLocale(next);
      if (!signedIn) pickedSignedOut = next;
      // A failed save leaves the choice on this browser; the next switch tries again.
      else void saveOwnLocale(next).catch((error: unknown) => console.warn('Could not save the language to the account', error));
    },
    [setLocale, signedIn],
  );
  return [isLocale(locale) ? locale : 'en', choose];
}
