import { BooleanField, DataTable, DateField, List, NullableBooleanInput, NumberField } from 'react-admin';
import type { Role } from '../api-types';

const roleFilters = [<NullableBooleanInput key="builtin" source="builtin" label="Built-in" alwaysOn />];

export function RoleList() {
  return (
    <List filters={roleFilters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable<Role> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="permissions" disableSort render={(role) => role.permissions.length} />
        <DataTable.Col source="userCount" label="Users" disableSort field={NumberField} />
        <DataTable.Col source="builtin" label="Built-in" field={BooleanField} />
        <DataTable.Col source="createdAt" label="Created" field={DateField} />
      </DataTable>
    </List>
  );
}
