import { use, type ReactNode } from 'react';
import { addCatalogues } from './i18n-provider';

let loading: Promise<void> | undefined;

/** Loads the console's catalogues once (see console-catalogues.ts). */
export const loadConsoleCatalogues = (): Promise<void> =>
  (loading ??= import('./console-catalogues').then(({ consoleCatalogues }) => addCatalogues(consoleCatalogues)));

/** Shows its children once every catalogue is in; suspends (to the nearest <Suspense>) until then. */
export function CataloguesLoaded({ children }: { children: ReactNode }) {
  use(loadConsoleCatalogues());
  return children;
}
