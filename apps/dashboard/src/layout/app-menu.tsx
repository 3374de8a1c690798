import { Menu } from 'react-admin';
import { useNavEntries } from './use-nav-entries';

/** The side menu: home, then the sections the principal's permissions open (and the server offers). */
export function AppMenu() {
  const entries = useNavEntries();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="Home" data-testid="nav-home" />
      {entries.map(({ to, label, testId, icon: Icon }) => (
        <Menu.Item key={to} to={to} primaryText={label} leftIcon={<Icon />} data-testid={testId} />
      ))}
    </Menu>
  );
}
