import { Box, Typography } from '@mui/material';
import { BooleanField, DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import type { Rule, Recorded } from '../api-types';

/** The department's sending rules: GET /api/v1/rules?departmentId=… */
export function DepartmentRules() {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="department-rules-title" sx={{ p: 2 }}>
      <Typography id="department-rules-title" variant="h6" component="h2" gutterBottom>
        {translate('Sending rules')}
      </Typography>
      <ReferenceManyField reference="rules" target="departmentId" sort={{ field: 'ruleId', order: 'ASC' }} perPage={50}>
        <DataTable<Recorded<Rule>>
          bulkActionButtons={false}
          empty={<Typography color="text.secondary">{translate('No rules yet.')}</Typography>}
        >
          <DataTable.Col source="name" disableSort />
          <DataTable.Col source="active" field={BooleanField} disableSort />
          <DataTable.Col source="timeZone" label="Time zone" disableSort />
          <DataTable.Col
            label="Quiet hours"
            disableSort
            render={(rule) => (rule.quietHours ? `${rule.quietHours.start}–${rule.quietHours.end}` : 'none')}
          />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}
