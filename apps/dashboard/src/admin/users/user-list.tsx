import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../i18n/locale-date-field';
import type { User } from '../api-types';
import { RoleFilterInput } from './role-filter-input';
import { USER_KIND_CHOICES } from './user-kinds';

const userFilters = (translate: ReturnType<typeof useTranslate>) => [
  <SearchInput
    key="q"
    source="q"
    alwaysOn
    placeholder={translate('contactly.admin.users.search_placeholder', { _: 'Username, name or email' })}
    inputProps={{ 'aria-label': translate('contactly.admin.users.search_label', { _: 'Search users' }) }}
  />,
  <SelectInput key="kind" source="kind" choices={USER_KIND_CHOICES} />,
  <NullableBooleanInput key="active" source="active" />,
  <RoleFilterInput key="role" source="role" />,
];

export function UserList() {
  const translate = useTranslate();
  return (
    <List filters={userFilters(translate)} sort={{ field: 'username', order: 'ASC' }}>
      <DataTable<User> bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="kind" render={(user) => translate(`contactly.admin.kind.${user.kind}`, { _: user.kind })} />
        <DataTable.Col source="roles" disableSort render={(user) => user.roles.join(', ')} />
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="createdAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
