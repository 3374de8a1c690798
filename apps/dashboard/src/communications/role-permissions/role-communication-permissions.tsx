import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { api, unwrap } from '../../api/client';
import type { Role } from '../../admin/api-types';
import { type Selection, pairsOf, sameSelection, selectionOf } from './permission-matrix';
import { TypeChannelMatrix } from './type-channel-matrix';
import { useCatalogs } from './use-catalogs';

const permissionsKey = (roleId: number) => ['roles', roleId, 'communication-permissions'];

/**
 * Which communication types the role may send on which channels
 * (GET/PUT /api/v1/roles/{role}/communication-permissions): employees send only what their role
 * allows. Saved on its own, replacing the role's whole list.
 */
export function RoleCommunicationPermissions({ writable }: { writable: boolean }) {
  const role = useRecordContext<Role>();
  if (!role) return null;
  return <PermissionsOfRole role={role} writable={writable} />;
}

function PermissionsOfRole({ role, writable }: { role: Role; writable: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const catalogs = useCatalogs();
  const path = { role: String(role.id) };
  const saved = useQuery({
    queryKey: permissionsKey(role.id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/roles/{role}/communication-permissions', { params: { path }, signal })),
  });
  const [edited, setEdited] = useState<Selection | null>(null);
  const savedSelection = saved.data ? selectionOf(saved.data.permissions) : null;
  const selection = edited ?? savedSelection;
  const dirty = edited !== null && savedSelection !== null && !sameSelection(edited, savedSelection);

  const save = useMutation({
    mutationFn: (next: Selection) =>
      unwrap(api.PUT('/api/v1/roles/{role}/communication-permissions', { params: { path }, body: { permissions: pairsOf(next) } })),
    onSuccess: (result) => {
      queryClient.setQueryData(permissionsKey(role.id), result);
      setEdited(null);
      notify('What %{role} may send is saved', { type: 'success', messageArgs: { role: role.name } });
    },
  });

  return (
    <Box component="section" aria-labelledby="role-communication-permissions-title" sx={{ p: 2 }}>
      <Typography id="role-communication-permissions-title" variant="h6" component="h2" gutterBottom>
        {translate('Communications it may send')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        Employees with this role send only these types on these channels, and only within their department&apos;s rules.
      </Typography>
      {(saved.isPending || catalogs.isPending) && <LinearProgress aria-label={translate('Loading what the role may send')} />}
      {saved.error && <Alert severity="error">What the role may send could not be loaded: {saved.error.message}</Alert>}
      {catalogs.problem && <Alert severity="error">{catalogs.problem}</Alert>}
      {save.error && (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {save.error.message}
        </Alert>
      )}
      {selection && !catalogs.isPending && (
        <>
          <TypeChannelMatrix
            types={catalogs.types}
            channels={catalogs.channels}
            selection={selection}
            onChange={setEdited}
            meaning="may send"
            disabled={!writable || save.isPending}
          />
          {writable && (
            <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
              <Button variant="contained" disabled={!dirty || save.isPending} onClick={() => edited && save.mutate(edited)}>
                {translate('Save what it may send')}
              </Button>
              <Button disabled={!dirty || save.isPending} onClick={() => setEdited(null)}>
                {translate('Discard changes')}
              </Button>
            </Stack>
          )}
        </>
      )}
    </Box>
  );
}
