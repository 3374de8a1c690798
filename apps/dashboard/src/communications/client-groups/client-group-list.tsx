import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, DateField, List, SimpleList, useTranslate } from 'react-admin';
import type { Recorded } from '../api-types';
import type { ClientGroup } from '../sending/sending-types';

/** The saved groups of clients a send can go to, by name: a table, or a list of cards on a phone. */
export function ClientGroupList() {
  const translate = useTranslate();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List sort={{ field: 'name', order: 'ASC' }} title={translate('contactly.clientGroups.title', { _: 'Client groups' })}>
      {small ? (
        <SimpleList<Recorded<ClientGroup>>
          primaryText={(group) => group.name}
          secondaryText={(group) =>
            translate('contactly.clientGroups.membersCount', { smart_count: group.clientCount, _: 'Clients (%{smart_count})' })
          }
          tertiaryText={(group) => group.description ?? ''}
          linkType="edit"
        />
      ) : (
        <DataTable<Recorded<ClientGroup>> bulkActionButtons={false}>
          <DataTable.Col source="name" label={translate('contactly.clientGroups.name', { _: 'Name' })} />
          <DataTable.Col source="description" label={translate('contactly.clientGroups.description', { _: 'Description' })} disableSort />
          <DataTable.Col source="clientCount" label={translate('contactly.clientGroups.clients', { _: 'Clients' })} disableSort />
          <DataTable.Col source="updateTime" label={translate('contactly.clientGroups.changed', { _: 'Changed' })} field={DateField} />
        </DataTable>
      )}
    </List>
  );
}
