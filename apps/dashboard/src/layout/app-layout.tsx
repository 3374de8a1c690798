import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, ToggleThemeButton } from 'react-admin';
import { AppMenu } from './app-menu';
import { SessionControls } from './session-controls';

/** react-admin's own language menu is left out: ours (in SessionControls) also saves the choice to the account. */
const ConsoleAppBar = () => (
  <AppBar
    userMenu={<SessionControls />}
    toolbar={
      <>
        <ToggleThemeButton />
        <LoadingIndicator />
      </>
    }
  />
);

/** react-admin's layout with our menu and our session controls in the app bar. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={ConsoleAppBar}>
      {children}
    </Layout>
  );
}
