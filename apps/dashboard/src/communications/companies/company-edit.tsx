import { Box, Typography } from '@mui/material';
import { DataTable, DateField, Edit, Pagination, ReferenceManyField, SimpleForm, useTranslate } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import type { Department, Recorded } from '../api-types';
import { CompanyInputs } from './company-inputs';

/** The company's departments: GET /api/v1/departments?companyId=… */
function CompanyDepartments() {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="company-departments-title" sx={{ p: 2 }}>
      <Typography id="company-departments-title" variant="h6" component="h2" gutterBottom>
        {translate('Departments')}
      </Typography>
      <ReferenceManyField
        reference="departments"
        target="companyId"
        sort={{ field: 'name', order: 'ASC' }}
        perPage={10}
        pagination={<Pagination />}
      >
        <DataTable<Recorded<Department>>
          bulkActionButtons={false}
          empty={<Typography color="text.secondary">{translate('No departments yet.')}</Typography>}
        >
          <DataTable.Col source="name" />
          <DataTable.Col source="description" disableSort />
          <DataTable.Col source="updateTime" label="Changed" field={DateField} />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}

export function CompanyEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar deleteConsequence="A company with departments cannot be deleted." />}>
        <CompanyInputs />
      </SimpleForm>
      <CompanyDepartments />
    </Edit>
  );
}
