import type { ReactNode } from 'react';
import { AppBar, Layout, TitlePortal } from 'react-admin';
import { AppBarActions } from './app-bar-actions';
import { AppMenu } from './app-menu';
import { GlobalSearch } from './global-search';
import { SessionControls } from './session-controls';

const ConsoleAppBar = () => (
  <AppBar
    userMenu={
      <AppBarActions>
        <SessionControls />
      </AppBarActions>
    }
  >
    <TitlePortal />
    <GlobalSearch />
  </AppBar>
);

/** react-admin's layout with our menu, the global search and our session controls in the app bar. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={ConsoleAppBar}>
      {children}
    </Layout>
  );
}
