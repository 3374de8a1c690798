import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { IssuedCredential } from '../api-types';

/** The one and only time the generated password is shown. */
export function IssuedCredentialDialog({ credential, onClose }: { credential: IssuedCredential; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} aria-labelledby="issued-credential-title" fullWidth maxWidth="sm">
      <DialogTitle id="issued-credential-title">{translate('contactly.admin.affiliates.issued_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('contactly.admin.affiliates.issued_warning')}
        </Alert>
        <TextField
          label={translate('resources.users.fields.username')}
          value={credential.username}
          fullWidth
          margin="dense"
          slotProps={{ input: { readOnly: true } }}
        />
        <TextField
          label={translate('resources.users.fields.password')}
          value={credential.password}
          fullWidth
          margin="dense"
          slotProps={{ input: { readOnly: true }, htmlInput: { 'data-testid': 'issued-password' } }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('contactly.admin.affiliates.stored_it')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
