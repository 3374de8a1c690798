import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu, useSidebarState, useTranslate } from 'react-admin';
import { navGroupLabel, navLabel } from './navigation';
import { useNavEntries } from './use-nav-entries';

/**
 * The side menu: home, then the sections the principal's permissions open (and the server offers);
 * a group of sections starts with its heading (shown while the menu is open).
 */
export function AppMenu() {
  const translate = useTranslate();
  const entries = useNavEntries();
  const [open] = useSidebarState();
  return (
    <Menu>
      <Menu.DashboardItem primaryText={translate('contactly.nav.home', { _: 'Home' })} data-testid="nav-home" />
      {entries.map((entry, index) => {
        const { to, testId, icon: Icon, group } = entry;
        return (
          <Fragment key={to}>
            {group && group !== entries[index - 1]?.group && (
              <>
                <Divider />
                {open && (
                  <ListSubheader sx={{ lineHeight: '36px', bgcolor: 'transparent' }}>{navGroupLabel(group, translate)}</ListSubheader>
                )}
              </>
            )}
            <Menu.Item to={to} primaryText={navLabel(entry, translate)} leftIcon={<Icon />} data-testid={testId} />
          </Fragment>
        );
      })}
    </Menu>
  );
}
