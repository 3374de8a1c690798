import { DataTable, DateField, List, TextInput } from 'react-admin';
import type { Department, Recorded } from '../api-types';
import { ReferenceSelect } from '../reference-choices';

const departmentFilters = [
  <ReferenceSelect key="companyId" source="companyId" reference="companies" label="Company" alwaysOn />,
  <TextInput key="name" source="name" label="Exact name" resettable />,
];

export function DepartmentList() {
  return (
    <List filters={departmentFilters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable<Recorded<Department>> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="company.name" label="Company" disableSort />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="updateTime" label="Changed" field={DateField} />
      </DataTable>
    </List>
  );
}
