import { Menu } from 'react-admin';
import { useSignedInPrincipal } from '../auth/session-context';
import { visibleNavEntries } from './navigation';

/** The side menu: home, then the sections the principal's permissions open. */
export function AppMenu() {
  const principal = useSignedInPrincipal();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="Home" data-testid="nav-home" />
      {visibleNavEntries(principal).map(({ to, label, testId, icon: Icon }) => (
        <Menu.Item key={to} to={to} primaryText={label} leftIcon={<Icon />} data-testid={testId} />
      ))}
    </Menu>
  );
}
