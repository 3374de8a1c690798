import { Card, CardContent, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { Link } from 'react-router';
import { useSignedInPrincipal } from '../auth/session-context';
import { useNavEntries } from './use-nav-entries';

/** The first page after signing in: who you are and where your roles let you go. */
export function HomePage() {
  const principal = useSignedInPrincipal();
  const entries = useNavEntries();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Home" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          Welcome, {principal.username}
        </Typography>
        <Typography color="text.secondary">
          {principal.kind} · roles: {principal.roles.length ? principal.roles.join(', ') : 'none'}
        </Typography>
        {entries.length ? (
          <List aria-label="Sections">
            {entries.map(({ to, label, icon: Icon }) => (
              <ListItemButton key={to} component={Link} to={to}>
                <ListItemIcon>
                  <Icon />
                </ListItemIcon>
                <ListItemText primary={label} />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Typography sx={{ mt: 2 }}>
            Your roles open none of the console&apos;s sections yet; ask an administrator if you need one.
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
