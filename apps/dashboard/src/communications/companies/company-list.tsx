import { DataTable, DateField, List, TextInput } from 'react-admin';
import type { Company, Recorded } from '../api-types';

const companyFilters = [<TextInput key="name" source="name" label="Exact name" alwaysOn resettable />];

export function CompanyList() {
  return (
    <List filters={companyFilters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable<Recorded<Company>> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="createTime" label="Created" field={DateField} />
        <DataTable.Col source="updateTime" label="Changed" field={DateField} />
      </DataTable>
    </List>
  );
}
