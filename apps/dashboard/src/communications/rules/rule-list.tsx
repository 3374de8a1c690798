import { BooleanField, DataTable, DateField, List, NullableBooleanInput, TextInput } from 'react-admin';
import type { Rule, Recorded } from '../api-types';
import { ReferenceSelect } from '../reference-choices';

const ruleFilters = [
  <ReferenceSelect key="departmentId" source="departmentId" reference="departments" label="Department" alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
  <TextInput key="name" source="name" label="Exact name" resettable />,
];

const quietHoursOf = (rule: Rule) => (rule.quietHours ? `${rule.quietHours.start}–${rule.quietHours.end} (${rule.timeZone})` : 'none');
const capsOf = (rule: Rule) => (rule.frequencyCaps.length ? `${rule.frequencyCaps.length}` : 'none');

export function RuleList() {
  return (
    <List filters={ruleFilters} sort={{ field: 'ruleId', order: 'ASC' }}>
      <DataTable<Recorded<Rule>> bulkActionButtons={false}>
        <DataTable.Col source="ruleId" label="Id" />
        <DataTable.Col source="name" />
        <DataTable.Col source="department.name" label="Department" disableSort />
        <DataTable.Col source="active" field={BooleanField} disableSort />
        <DataTable.Col label="Allowed pairs" disableSort render={(rule) => rule.allowed.length} />
        <DataTable.Col label="Quiet hours" disableSort render={quietHoursOf} />
        <DataTable.Col label="Caps" disableSort render={capsOf} />
        <DataTable.Col source="updateTime" label="Changed" field={DateField} />
      </DataTable>
    </List>
  );
}
