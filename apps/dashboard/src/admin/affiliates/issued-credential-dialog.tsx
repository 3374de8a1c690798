import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import type { IssuedCredential } from '../api-types';

/** The one and only time the generated password is shown. */
export function IssuedCredentialDialog({ credential, onClose }: { credential: IssuedCredential; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} aria-labelledby="issued-credential-title" fullWidth maxWidth="sm">
      <DialogTitle id="issued-credential-title">Credential issued</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          Copy the password now and hand it to the affiliate: it is never shown again.
        </Alert>
        <TextField label="Username" value={credential.username} fullWidth margin="dense" slotProps={{ input: { readOnly: true } }} />
        <TextField
          label="Password"
          value={credential.password}
          fullWidth
          margin="dense"
          slotProps={{ input: { readOnly: true }, htmlInput: { 'data-testid': 'issued-password' } }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          I have stored it
        </Button>
      </DialogActions>
    </Dialog>
  );
}
