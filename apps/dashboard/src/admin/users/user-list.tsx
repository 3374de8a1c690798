import { BooleanField, DataTable, DateField, List, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import type { User } from '../api-types';
import { RoleFilterInput } from './role-filter-input';
import { USER_KIND_CHOICES } from './user-kinds';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Username, name or email" inputProps={{ 'aria-label': 'Search users' }} />,
  <SelectInput key="kind" source="kind" choices={USER_KIND_CHOICES} />,
  <NullableBooleanInput key="active" source="active" />,
  <RoleFilterInput key="role" source="role" />,
];

export function UserList() {
  return (
    <List filters={userFilters} sort={{ field: 'username', order: 'ASC' }}>
      <DataTable<User> bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="kind" />
        <DataTable.Col source="roles" disableSort render={(user) => user.roles.join(', ')} />
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="createdAt" label="Created" field={DateField} />
      </DataTable>
    </List>
  );
}
