import { DataTable, DateField, List, NumberField, SearchInput, SelectInput } from 'react-admin';
import type { Affiliate } from '../api-types';
import { AFFILIATE_STATUS_CHOICES } from './affiliate-statuses';

const affiliateFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or code" inputProps={{ 'aria-label': 'Search affiliates' }} />,
  <SelectInput key="status" source="status" choices={AFFILIATE_STATUS_CHOICES} alwaysOn />,
];

export function AffiliateList() {
  return (
    <List filters={affiliateFilters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable<Affiliate> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.Col source="contactEmail" />
        <DataTable.Col source="status" />
        <DataTable.Col source="credentialCount" label="Credentials" disableSort field={NumberField} />
        <DataTable.Col source="createdAt" label="Created" field={DateField} />
      </DataTable>
    </List>
  );
}
