import { DataTable, DateField, List, TextInput } from 'react-admin';
import type { CommunicationType, Recorded } from '../api-types';

const typeFilters = [<TextInput key="name" source="name" label="Exact name" alwaysOn resettable />];

export function CommunicationTypeList() {
  return (
    <List filters={typeFilters} sort={{ field: 'communicationTypeId', order: 'ASC' }}>
      <DataTable<Recorded<CommunicationType>> bulkActionButtons={false}>
        <DataTable.Col source="communicationTypeId" label="Id" />
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="updateTime" label="Changed" field={DateField} />
      </DataTable>
    </List>
  );
}
