import LogoutIcon from '@mui/icons-material/Logout';
import {
  AppBar,
  BottomNavigation,
  BottomNavigationAction,
  Box,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Paper,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { createElement, type ReactNode } from 'react';
import { useLogout, useTranslate } from 'react-admin';
import { LanguageMenu } from '../layout/language-menu';
import { Link, useLocation } from 'react-router';
import { useSignedInPrincipal } from '../auth/session-context';
import { PORTAL_SECTIONS } from './portal-sections';

/** The section the address is in (its own path or below), for the navigation's highlight. */
const currentSection = (pathname: string) =>
  PORTAL_SECTIONS.find(({ path }) => pathname === path || pathname.startsWith(`${path}/`))?.path ?? false;

/**
 * The subscriber's layout: a top bar with who is signed in, the sections on the side at a desk and
 * at the bottom on a phone (thumb reach), content never wider than the screen.
 */
export function PortalLayout({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const principal = useSignedInPrincipal();
  const logout = useLogout();
  const { pathname } = useLocation();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const current = currentSection(pathname);
  const label = (section: (typeof PORTAL_SECTIONS)[number]) => translate(section.label.key, { _: section.label._ });

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'grey.50', overflowX: 'hidden' }}>
      <AppBar position="sticky" elevation={1}>
        <Toolbar sx={{ gap: 1 }}>
          <Typography variant="h6" component={Link} to="/" sx={{ color: 'inherit', textDecoration: 'none', flexShrink: 0 }}>
            Contactly
          </Typography>
          <Box sx={{ flex: 1 }} />
          <LanguageMenu />
          <Typography
            variant="body2"
            data-testid="signed-in-user"
            sx={{ display: { xs: 'none', sm: 'block' }, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}
          >
            {principal.username}
          </Typography>
          <Tooltip title={translate('contactly.portal.signOut', { _: 'Sign out' })}>
            <IconButton
              color="inherit"
              data-testid="logout"
              aria-label={translate('contactly.portal.signOut', { _: 'Sign out' })}
              onClick={() => logout(undefined, '/login', false)}
            >
              <LogoutIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex', flex: 1, minWidth: 0 }}>
        {!phone && (
          <Box
            component="nav"
            aria-label={translate('contactly.portal.nav.label', { _: 'My account' })}
            sx={{ width: 240, flexShrink: 0, pt: 2 }}
          >
            <List>
              {PORTAL_SECTIONS.map((section) => (
                <ListItemButton
                  key={section.path}
                  component={Link}
                  to={section.path}
                  selected={current === section.path}
                  aria-current={current === section.path ? 'page' : undefined}
                >
                  <ListItemIcon>{createElement(section.icon)}</ListItemIcon>
                  <ListItemText primary={label(section)} />
                </ListItemButton>
              ))}
            </List>
          </Box>
        )}
        <Box component="main" sx={{ flex: 1, minWidth: 0, maxWidth: 960, p: { xs: 2, md: 3 }, pb: { xs: 11, md: 3 } }}>
          {children}
        </Box>
      </Box>
      {phone && (
        <Paper
          component="nav"
          aria-label={translate('contactly.portal.nav.label', { _: 'My account' })}
          elevation={3}
          sx={{ position: 'fixed', bottom: 0, left: 0, right: 0, zIndex: 'appBar' }}
        >
          <BottomNavigation showLabels value={current}>
            {PORTAL_SECTIONS.map((section) => (
              <BottomNavigationAction
                key={section.path}
                value={section.path}
                label={label(section)}
                icon={createElement(section.icon)}
                component={Link}
                to={section.path}
                sx={{ minWidth: 0, px: 0.5 }}
              />
            ))}
          </BottomNavigation>
        </Paper>
      )}
    </Box>
  );
}
