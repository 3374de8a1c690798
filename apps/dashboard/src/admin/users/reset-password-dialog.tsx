import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNotify } from 'react-admin';
import { api, unwrap } from '../../api/client';
import type { User } from '../api-types';

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const notify = useNotify();
  const [newPassword, setNewPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { newPassword } })),
    onSuccess: () => {
      notify(`The password of ${user.username} has been reset`, { type: 'success' });
      onClose();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.mutate();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="reset-password-title">
      <form onSubmit={submit}>
        <DialogTitle id="reset-password-title">Reset the password of {user.username}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Tell {user.displayName} the new password through a channel you trust; they can change it after signing in.
          </DialogContentText>
          {reset.error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {reset.error.message}
            </Alert>
          )}
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            fullWidth
            autoFocus
            margin="normal"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            helperText="At least 10 characters, not the username, not a common password"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={reset.isPending}>
            Reset password
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
