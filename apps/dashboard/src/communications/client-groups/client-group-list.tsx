import { DataTable, DateField, List, useTranslate } from 'react-admin';
import type { Recorded } from '../api-types';
import type { ClientGroup } from '../sending/sending-types';

/** The saved groups of clients a send can go to, by name. */
export function ClientGroupList() {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'name', order: 'ASC' }} title={translate('contactly.clientGroups.title', { _: 'Client groups' })}>
      <DataTable<Recorded<ClientGroup>> bulkActionButtons={false} sx={{ overflowX: 'auto' }}>
        <DataTable.Col source="name" label={translate('contactly.clientGroups.name', { _: 'Name' })} />
        <DataTable.Col source="description" label={translate('contactly.clientGroups.description', { _: 'Description' })} disableSort />
        <DataTable.Col source="clientCount" label={translate('contactly.clientGroups.clients', { _: 'Clients' })} disableSort />
        <DataTable.Col source="updateTime" label={translate('contactly.clientGroups.changed', { _: 'Changed' })} field={DateField} />
      </DataTable>
    </List>
  );
}
