import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu, useSidebarState } from 'react-admin';
import { useNavEntries } from './use-nav-entries';

/**
 * The side menu: home, then the sections the principal's permissions open (and the server offers);
 * a group of sections starts with its heading (shown while the menu is open).
 */
export function AppMenu() {
  const entries = useNavEntries();
  const [open] = useSidebarState();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="Home" data-testid="nav-home" />
      {entries.map(({ to, label, testId, icon: Icon, group }, index) => (
        <Fragment key={to}>
          {group && group !== entries[index - 1]?.group && (
            <>
              <Divider />
              {open && <ListSubheader sx={{ lineHeight: '36px', bgcolor: 'transparent' }}>{group}</ListSubheader>}
            </>
          )}
          <Menu.Item to={to} primaryText={label} leftIcon={<Icon />} data-testid={testId} />
        </Fragment>
      ))}
    </Menu>
  );
}
