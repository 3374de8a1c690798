import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useRecordContext } from 'react-admin';
import type { Affiliate, Credential, IssuedCredential } from '../api-types';
import { useNotifyError } from '../use-notify-error';
import { useAffiliateCredentials } from './affiliate-credentials';
import { IssuedCredentialDialog } from './issued-credential-dialog';

/** The API credentials of the affiliate being edited: list, issue (password shown once), revoke. */
export function CredentialsPanel() {
  const affiliate = useRecordContext<Affiliate>();
  if (!affiliate) return null;
  return <Credentials affiliate={affiliate} />;
}

function Credentials({ affiliate }: { affiliate: Affiliate }) {
  const { list, issue, revoke } = useAffiliateCredentials(affiliate.id);
  const notifyError = useNotifyError();
  const [issued, setIssued] = useState<IssuedCredential | null>(null);
  const [revoking, setRevoking] = useState<Credential | null>(null);

  const issueCredential = () => issue.mutate(undefined, { onSuccess: setIssued, onError: notifyError });
  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.userId, { onError: notifyError, onSettled: () => setRevoking(null) });
  };

  return (
    <Box component="section" aria-labelledby="credentials-title" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="credentials-title" variant="h6" component="h2">
          API credentials
        </Typography>
        <Button startIcon={<AddIcon />} onClick={issueCredential} disabled={issue.isPending}>
          Issue credential
        </Button>
      </Box>
      {list.error && <Alert severity="error">The credentials could not be loaded: {list.error.message}</Alert>}
      {list.data?.length === 0 && <Typography color="text.secondary">No credentials yet.</Typography>}
      {!!list.data?.length && (
        <Table size="small" aria-labelledby="credentials-title">
          <TableHead>
            <TableRow>
              <TableCell>Username</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Issued</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.map((credential) => (
              <TableRow key={credential.userId}>
                <TableCell>{credential.username}</TableCell>
                <TableCell>{credential.active ? 'Active' : 'Revoked'}</TableCell>
                <TableCell>{new Date(credential.createdAt).toLocaleString()}</TableCell>
                <TableCell align="right">
                  {credential.active && (
                    <Button color="error" size="small" onClick={() => setRevoking(credential)} aria-label={`Revoke ${credential.username}`}>
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Confirm
        isOpen={revoking !== null}
        loading={revoke.isPending}
        title={`Revoke ${revoking?.username ?? ''}?`}
        content="Calls made with this credential are refused from now on. This cannot be undone."
        confirm="Revoke"
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
      {issued && <IssuedCredentialDialog credential={issued} onClose={() => setIssued(null)} />}
    </Box>
  );
}
