import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { ApiError } from '../../api/api-error';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { clientChannelsKey, getClient, saveSocialAccounts } from './channels-api';
import {
  type AccountRow,
  accountRowsOf,
  MAX_NETWORKS,
  rowOfProblem,
  type SocialAccounts,
  socialAddressOf,
  socialMediaOf,
} from './social-accounts';

/** Who may change a client's accounts: as the API's PUT /api/v1/clients/edit/{id}. */
const MAY_EDIT = ['customers:write', 'communications:admin'];

interface SocialAccountsSectionProps {
  clientId: number;
  clientName: string;
}

/**
 * The client's social-media accounts (the Social channel's addresses): shown with the one that
 * channel sends to, and edited in a dialog by those who may change clients.
 */
export function SocialAccountsSection({ clientId, clientName }: SocialAccountsSectionProps) {
  const translate = useTranslate();
  const principal = useSignedInPrincipal();
  const mayEdit = MAY_EDIT.some((permission) => hasPermission(principal, permission));
  const queryClient = useQueryClient();
  const key = [...clientChannelsKey(clientId), 'client'];
  const client = useQuery({ queryKey: key, queryFn: ({ signal }) => getClient(clientId, signal) });
  const [editing, setEditing] = useState(false);
  const accounts = client.data?.socialMedia ?? null;
  const used = socialAddressOf(accounts);

  return (
    <Box sx={{ mb: 2 }} data-testid="social-accounts">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3">
          {translate('Social accounts:')}
        </Typography>
        {client.data && !accounts && (
          <Typography variant="body2" color="text.secondary">
            {translate('none — the Social channel cannot reach this client')}
          </Typography>
        )}
        {Object.entries(accounts ?? {}).map(([network, account]) => (
          <Chip
            key={network}
            size="small"
            label={`${network}: ${account}`}
            color={used === `${network}:${account}` ? 'primary' : 'default'}
            data-testid="social-account"
          />
        ))}
        {mayEdit && client.data && (
          <Button size="small" startIcon={<EditIcon />} onClick={() => setEditing(true)}>
            {translate('Edit')}
          </Button>
        )}
      </Stack>
      {used && (
        <Typography variant="caption" color="text.secondary">
          The Social channel sends to {used} (the first network alphabetically).
        </Typography>
      )}
      {client.error && <Alert severity="error">The social accounts could not be loaded: {client.error.message}</Alert>}
      {editing && (
        <SocialAccountsDialog
          clientId={clientId}
          clientName={clientName}
          accounts={accounts}
          onSaved={async () => {
            setEditing(false);
            await queryClient.invalidateQueries({ queryKey: clientChannelsKey(clientId) });
          }}
          onClose={() => setEditing(false)}
        />
      )}
    </Box>
  );
}

interface SocialAccountsDialogProps {
  clientId: number;
  clientName: string;
  accounts: SocialAccounts | null;
  onSaved(): void;
  onClose(): void;
}

function SocialAccountsDialog({ clientId, clientName, accounts, onSaved, onClose }: SocialAccountsDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const [rows, setRows] = useState<AccountRow[]>(() => {
    const known = accountRowsOf(accounts);
    return known.length ? known : [{ network: '', account: '' }];
  });
  const [problems, setProblems] = useState<{ message?: string; rows: Record<number, string> }>({ rows: {} });
  const [saving, setSaving] = useState(false);
  const edit = (index: number, change: Partial<AccountRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = socialMediaOf(rows);
    if ('problems' in checked) {
      setProblems({ rows: checked.problems });
      return;
    }
    setSaving(true);
    setProblems({ rows: {} });
    try {
      await saveSocialAccounts(clientId, checked.socialMedia);
      notify('The social accounts of %{name} are saved', { type: 'success', messageArgs: { name: clientName } });
      onSaved();
    } catch (error) {
      const byRow: Record<number, string> = {};
      const details = error instanceof ApiError ? error.details : [];
      for (const { field, message } of details) {
        const index = rowOfProblem(field, rows);
        if (index >= 0) byRow[index] = message;
      }
      setProblems({ message: error instanceof Error ? error.message : String(error), rows: byRow });
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="social-accounts-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="social-accounts-title">Social accounts of {clientName}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2">
            Up to {MAX_NETWORKS} networks (lower-case names such as telegram or vk). The Social channel sends to the first network
            alphabetically.
          </DialogContentText>
          {problems.message && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problems.message}
            </Alert>
          )}
          {rows.map((row, index) => (
            <Stack key={index} direction="row" sx={{ gap: 1, alignItems: 'flex-start', mt: 1 }}>
              <TextField
                label={translate('Network')}
                size="small"
                value={row.network}
                onChange={(event) => edit(index, { network: event.target.value })}
                error={!!problems.rows[index]}
                helperText={problems.rows[index]}
                slotProps={{ htmlInput: { maxLength: 30 } }}
              />
              <TextField
                label={translate('Account')}
                size="small"
                sx={{ flex: 1 }}
                value={row.account}
                onChange={(event) => edit(index, { account: event.target.value })}
                slotProps={{ htmlInput: { maxLength: 100 } }}
              />
              <IconButton
                aria-label={translate('Remove %{what}', { what: row.network || translate('this account') })}
                onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
              >
                <DeleteIcon />
              </IconButton>
            </Stack>
          ))}
          <Button
            startIcon={<AddIcon />}
            sx={{ mt: 1 }}
            disabled={rows.length >= MAX_NETWORKS}
            onClick={() => setRows((current) => [...current, { network: '', account: '' }])}
          >
            {translate('Add account')}
          </Button>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {translate('Save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
