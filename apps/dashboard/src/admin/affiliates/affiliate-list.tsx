import { DataTable, List, NumberField, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../i18n/locale-date-field';
import type { Affiliate } from '../api-types';
import { AFFILIATE_STATUS_CHOICES } from './affiliate-statuses';

const affiliateFilters = (translate: ReturnType<typeof useTranslate>) => [
  <SearchInput
    key="q"
    source="q"
    alwaysOn
    placeholder={translate('contactly.admin.affiliates.search_placeholder')}
    inputProps={{ 'aria-label': translate('contactly.admin.affiliates.search_label') }}
  />,
  <SelectInput key="status" source="status" choices={AFFILIATE_STATUS_CHOICES} alwaysOn />,
];

export function AffiliateList() {
  const translate = useTranslate();
  return (
    <List filters={affiliateFilters(translate)} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable<Affiliate> bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.Col source="contactEmail" />
        <DataTable.Col source="status" render={(affiliate) => translate(`contactly.admin.affiliates.status.${affiliate.status}`)} />
        <DataTable.Col source="credentialCount" disableSort field={NumberField} />
        <DataTable.Col source="createdAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
