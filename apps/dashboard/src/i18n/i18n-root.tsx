import type { ReactNode } from 'react';
import { I18nContextProvider, localStorageStore, StoreContextProvider } from 'ra-core';
import { i18nProvider } from './i18n-provider';
import { LocaleSync } from './locale-sync';

/** react-admin's store of the whole app: <Admin> gets the same one, so the locale is one state. */
export const appStore = localStorageStore();

/**
 * Translations for every page, the signed-out ones (outside <Admin>) included. It imports from
 * ra-core only, not react-admin's MUI components, so the sign-in page stays small.
 */
export function I18nRoot({ children }: { children: ReactNode }) {
  return (
    <StoreContextProvider value={appStore}>
      <LocaleSync />
      <I18nContextProvider value={i18nProvider}>{children}</I18nContextProvider>
    </StoreContextProvider>
  );
}
