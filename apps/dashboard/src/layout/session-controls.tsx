import LockResetIcon from '@mui/icons-material/LockReset';
import LogoutIcon from '@mui/icons-material/Logout';
import { Box, Button, Typography } from '@mui/material';
import { Link } from 'react-router';
import { useLogout } from 'react-admin';
import { useSignedInPrincipal } from '../auth/session-context';
import { CHANGE_PASSWORD_PATH } from './navigation';

/** Who is signed in, with the way to change one's password and to sign out. */
export function SessionControls() {
  const principal = useSignedInPrincipal();
  const logout = useLogout();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, ml: 1 }}>
      <Typography variant="body2" sx={{ display: { xs: 'none', sm: 'block' } }}>
        Signed in as <strong data-testid="signed-in-user">{principal.username}</strong>
      </Typography>
      <Button color="inherit" size="small" component={Link} to={CHANGE_PASSWORD_PATH} startIcon={<LockResetIcon />}>
        Change password
      </Button>
      <Button
        color="inherit"
        size="small"
        startIcon={<LogoutIcon />}
        data-testid="logout"
        onClick={() => logout(undefined, '/login', false)}
      >
        Logout
      </Button>
    </Box>
  );
}
