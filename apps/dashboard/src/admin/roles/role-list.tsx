import { BooleanField, DataTable, List, NullableBooleanInput, NumberField } from 'react-admin';
import { LocaleDateField } from '../../i18n/locale-date-field';
import type { Role } from '../api-types';

const roleFilters = [<NullableBooleanInput key="builtin" source="builtin" alwaysOn />];

export function RoleList() {
  return (
    <List filters={roleFilters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable<Role> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="permissions" disableSort render={(role) => role.permissions.length} />
        <DataTable.Col source="userCount" disableSort field={NumberField} />
        <DataTable.Col source="builtin" field={BooleanField} />
        <DataTable.Col source="createdAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
