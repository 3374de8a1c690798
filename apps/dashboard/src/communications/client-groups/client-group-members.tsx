import { Alert, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { CheckboxGroupInput, Labeled, useRecordContext, useTranslate } from 'react-admin';
import { api, unwrap } from '../../api/client';
import { ClientsInput } from '../clients/client-inputs';
import { clientNameOf } from '../sending/client-link';
import type { ClientGroup } from '../sending/sending-types';

const SHOWN = 200;

/** The group's clients (GET /api/v1/client_groups/{id}/clients): tick some to take them out, or add others. */
export function ClientGroupMembers() {
  const translate = useTranslate();
  const group = useRecordContext<ClientGroup>();
  const members = useQuery({
    queryKey: ['client_groups', group?.groupId, 'clients', group?.version],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/client_groups/{group}/clients', {
          params: { path: { group: String(group?.groupId) }, query: { limit: SHOWN } },
          signal,
        }),
      ),
    enabled: group !== undefined,
  });
  if (!group) return null;
  const choices = (members.data ?? []).map((client) => ({ id: client.clientId, name: `${clientNameOf(client)} (#${client.clientId})` }));
  return (
    <>
      <Labeled label={translate('contactly.clientGroups.membersCount', { smart_count: group.clientCount, _: 'Clients (%{smart_count})' })}>
        <>
          {members.isPending && (
            <LinearProgress aria-label={translate('contactly.clientGroups.loadingMembers', { _: 'Loading the clients' })} />
          )}
          {members.error && (
            <Alert severity="error">
              {translate('contactly.clientGroups.membersFailed', { _: 'The clients could not be loaded' })}: {members.error.message}
            </Alert>
          )}
          {choices.length > 0 && (
            <CheckboxGroupInput
              source="removeClientIds"
              label={translate('contactly.clientGroups.remove', { _: 'Tick the clients to take out of the group' })}
              choices={choices}
              row={false}
            />
          )}
          {group.clientCount > choices.length && !members.isPending && (
            <Typography variant="body2" color="text.secondary">
              {translate('contactly.clientGroups.firstShown', {
                shown: choices.length,
                smart_count: group.clientCount,
                _: 'The first %{shown} of %{smart_count} are shown.',
              })}
            </Typography>
          )}
        </>
      </Labeled>
      <ClientsInput source="addClientIds" label={translate('contactly.clientGroups.add', { _: 'Add clients' })} />
    </>
  );
}
