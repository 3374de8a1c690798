import type { ReactNode } from 'react';
import { AppBar, Layout } from 'react-admin';
import { AppMenu } from './app-menu';
import { SessionControls } from './session-controls';

const ConsoleAppBar = () => <AppBar userMenu={<SessionControls />} />;

/** react-admin's layout with our menu and our session controls in the app bar. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={ConsoleAppBar}>
      {children}
    </Layout>
  );
}
