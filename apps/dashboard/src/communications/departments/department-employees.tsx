import { Box, Typography } from '@mui/material';
import { BooleanField, DataTable, Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import type { Employee, Recorded } from '../api-types';

/** Who works in the department: GET /api/v1/employees?departmentId=… */
export function DepartmentEmployees() {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="department-employees-title" sx={{ p: 2 }}>
      <Typography id="department-employees-title" variant="h6" component="h2" gutterBottom>
        {translate('Employees')}
      </Typography>
      <ReferenceManyField
        reference="employees"
        target="departmentId"
        sort={{ field: 'username', order: 'ASC' }}
        perPage={10}
        pagination={<Pagination />}
      >
        <DataTable<Recorded<Employee>>
          bulkActionButtons={false}
          empty={<Typography color="text.secondary">{translate('Nobody works here yet.')}</Typography>}
        >
          <DataTable.Col source="username" />
          <DataTable.Col source="displayName" label="Name" disableSort />
          <DataTable.Col source="role.name" label="Role" disableSort />
          <DataTable.Col source="position" disableSort />
          <DataTable.Col source="active" field={BooleanField} disableSort />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}
