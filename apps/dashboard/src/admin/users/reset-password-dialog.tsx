import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { api, unwrap } from '../../api/client';
import type { User } from '../api-types';

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const notify = useNotify();
  const translate = useTranslate();
  const [newPassword, setNewPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { newPassword } })),
    onSuccess: () => {
      notify('contactly.admin.users.password_reset_done', { type: 'success', messageArgs: { username: user.username } });
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
        <DialogTitle id="reset-password-title">{translate('contactly.admin.users.reset_title', { username: user.username })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('contactly.admin.users.reset_advice', { name: user.displayName })}</DialogContentText>
          {reset.error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {reset.error.message}
            </Alert>
          )}
          <TextField
            label={translate('contactly.admin.users.new_password')}
            type="password"
            autoComplete="new-password"
            required
            fullWidth
            autoFocus
            margin="normal"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            helperText={translate('contactly.admin.users.password_rules')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={reset.isPending}>
            {translate('contactly.admin.users.reset_password')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
