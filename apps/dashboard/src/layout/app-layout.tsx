import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, TitlePortal, ToggleThemeButton } from 'react-admin';
import { MuiTexts } from '../i18n/mui-locale';
import { AppBarActions } from './app-bar-actions';
import { AppMenu } from './app-menu';
import { GlobalSearch } from './global-search';
import { SessionControls } from './session-controls';

/** react-admin's own language menu is left out: ours (in SessionControls) also saves the choice to the account. */
const ConsoleAppBar = () => (
  <AppBar
    userMenu={
      <AppBarActions>
        <SessionControls />
      </AppBarActions>
    }
    toolbar={
      <>
        <ToggleThemeButton />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
    <GlobalSearch />
  </AppBar>
);

/** react-admin's layout with our menu, the global search and our session controls in the app bar; MUI's own texts in the user's language. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <MuiTexts>
      <Layout menu={AppMenu} appBar={ConsoleAppBar}>
        {children}
      </Layout>
    </MuiTexts>
  );
}
