import { BooleanField, DataTable, DateField, List, NullableBooleanInput, TextInput, useTranslate } from 'react-admin';
import { RoleFilterInput } from '../../admin/users/role-filter-input';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import type { Employee, Recorded } from '../api-types';
import { ReferenceSelect } from '../reference-choices';

export function EmployeeList() {
  const translate = useTranslate();
  // The role filter lists the roles, which takes roles:read.
  const rolesReadable = hasPermission(useSignedInPrincipal(), 'roles:read');
  const filters = [
    <ReferenceSelect key="departmentId" source="departmentId" reference="departments" label={translate('Department')} alwaysOn />,
    ...(rolesReadable ? [<RoleFilterInput key="role" source="role" alwaysOn />] : []),
    <NullableBooleanInput key="active" source="active" />,
    <TextInput key="username" source="username" label="Exact username" resettable />,
  ];
  return (
    <List filters={filters} sort={{ field: 'username', order: 'ASC' }}>
      <DataTable<Recorded<Employee>> bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" label="Name" disableSort />
        <DataTable.Col source="department.name" label="Department" disableSort />
        <DataTable.Col source="role.name" label="Role" disableSort />
        <DataTable.Col source="position" disableSort />
        <DataTable.Col source="active" field={BooleanField} disableSort />
        <DataTable.Col source="createTime" label="Since" field={DateField} />
      </DataTable>
    </List>
  );
}
