import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../i18n/format';
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
  const translate = useTranslate();
  const format = useFormat();
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
          {translate('contactly.admin.affiliates.credentials')}
        </Typography>
        <Button startIcon={<AddIcon />} onClick={issueCredential} disabled={issue.isPending}>
          {translate('contactly.admin.affiliates.issue')}
        </Button>
      </Box>
      {list.error && (
        <Alert severity="error">{translate('contactly.admin.affiliates.credentials_load_failed', { reason: list.error.message })}</Alert>
      )}
      {list.data?.length === 0 && <Typography color="text.secondary">{translate('contactly.admin.affiliates.no_credentials')}</Typography>}
      {!!list.data?.length && (
        <Table size="small" aria-labelledby="credentials-title">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.users.fields.username')}</TableCell>
              <TableCell>{translate('resources.affiliates.fields.status')}</TableCell>
              <TableCell>{translate('contactly.admin.affiliates.issued')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.map((credential) => (
              <TableRow key={credential.userId}>
                <TableCell>{credential.username}</TableCell>
                <TableCell>
                  {translate(credential.active ? 'contactly.admin.affiliates.status.active' : 'contactly.admin.affiliates.revoked')}
                </TableCell>
                <TableCell>{format.dateTime(credential.createdAt)}</TableCell>
                <TableCell align="right">
                  {credential.active && (
                    <Button
                      color="error"
                      size="small"
                      onClick={() => setRevoking(credential)}
                      aria-label={translate('contactly.admin.affiliates.revoke_named', { username: credential.username })}
                    >
                      {translate('contactly.admin.affiliates.revoke')}
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
        title="contactly.admin.affiliates.revoke_title"
        translateOptions={{ username: revoking?.username ?? '' }}
        content="contactly.admin.affiliates.revoke_content"
        confirm="contactly.admin.affiliates.revoke"
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
      {issued && <IssuedCredentialDialog credential={issued} onClose={() => setIssued(null)} />}
    </Box>
  );
}
