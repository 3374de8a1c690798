import { Card, CardContent, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { useSignedInPrincipal } from '../auth/session-context';
import { navLabel } from './navigation';
import { useNavEntries } from './use-nav-entries';

/** The first page after signing in: who you are and where your roles let you go. */
export function HomePage() {
  const translate = useTranslate();
  const principal = useSignedInPrincipal();
  const entries = useNavEntries();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('contactly.nav.home', { _: 'Home' })} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('contactly.layout.welcome', { name: principal.username, _: 'Welcome, %{name}' })}
        </Typography>
        <Typography color="text.secondary">
          {translate(`contactly.layout.kind.${principal.kind}`, { _: principal.kind })} ·{' '}
          {translate('contactly.layout.roles', {
            roles: principal.roles.length ? principal.roles.join(', ') : translate('contactly.common.none', { _: 'none' }),
            _: 'roles: %{roles}',
          })}
        </Typography>
        {entries.length ? (
          <List aria-label={translate('contactly.layout.sections', { _: 'Sections' })}>
            {entries.map((entry) => {
              const { to, icon: Icon } = entry;
              return (
                <ListItemButton key={to} component={Link} to={to}>
                  <ListItemIcon>
                    <Icon />
                  </ListItemIcon>
                  <ListItemText primary={navLabel(entry, translate)} />
                </ListItemButton>
              );
            })}
          </List>
        ) : (
          <Typography sx={{ mt: 2 }}>
            {translate('contactly.layout.no_sections', {
              _: "Your roles open none of the console's sections yet; ask an administrator if you need one.",
            })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
