import LockResetIcon from '@mui/icons-material/LockReset';
import LogoutIcon from '@mui/icons-material/Logout';
import { Box, Button, Typography } from '@mui/material';
import { Link } from 'react-router';
import { useLogout, useTranslate } from 'react-admin';
import { useSignedInPrincipal } from '../auth/session-context';
import { LanguageMenu } from './language-menu';
import { CHANGE_PASSWORD_PATH } from './navigation';

/** Who is signed in, the language, the way to change one's password and to sign out; icons only on a phone. */
export function SessionControls() {
  const translate = useTranslate();
  const principal = useSignedInPrincipal();
  const logout = useLogout();
  const changePassword = translate('contactly.layout.change_password', { _: 'Change password' });
  const signOut = translate('contactly.layout.logout', { _: 'Logout' });
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: { xs: 0, sm: 1 }, ml: 1 }}>
      {/* Always shown: in the bar on a wide screen, atop the "more" menu on a narrow one. */}
      <Typography variant="body2" sx={{ px: { xs: 1, md: 0 } }}>
        {translate('contactly.layout.signed_in_as', { _: 'Signed in as' })}{' '}
        <strong data-testid="signed-in-user">{principal.username}</strong>
      </Typography>
      <LanguageMenu />
      {/* One link (tests and screen readers find one), its words hidden on a phone. */}
      <Button
        color="inherit"
        size="small"
        component={Link}
        to={CHANGE_PASSWORD_PATH}
        startIcon={<LockResetIcon />}
        aria-label={changePassword}
        sx={{ minWidth: 0, '& .label': { display: { xs: 'none', sm: 'inline' } } }}
      >
        <span className="label">{changePassword}</span>
      </Button>
      <Button
        color="inherit"
        size="small"
        startIcon={<LogoutIcon />}
        data-testid="logout"
        onClick={() => logout(undefined, '/login', false)}
        sx={{ minWidth: 0, '& .label': { display: { xs: 'none', sm: 'inline' } } }}
        aria-label={signOut}
      >
        <span className="label">{signOut}</span>
      </Button>
    </Box>
  );
}
