import LockResetIcon from '@mui/icons-material/LockReset';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import type { User } from '../api-types';
import { ResetPasswordDialog } from './reset-password-dialog';

/** An administrator sets a new password for the user being edited. */
export function ResetPasswordButton() {
  const user = useRecordContext<User>();
  const [open, setOpen] = useState(false);
  if (!user) return null;
  return (
    <>
      <Button label="contactly.admin.users.reset_password" onClick={() => setOpen(true)}>
        <LockResetIcon />
      </Button>
      {open && <ResetPasswordDialog user={user} onClose={() => setOpen(false)} />}
    </>
  );
}
