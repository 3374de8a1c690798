import { Box, Typography } from '@mui/material';
import { BooleanField, DataTable, Pagination, ReferenceManyField } from 'react-admin';
import type { User } from '../api-types';

/** Who holds the role: GET /api/v1/roles/{id}/users (see the data provider's nested references). */
export function RoleUsers() {
  return (
    <Box component="section" aria-labelledby="role-users-title" sx={{ p: 2 }}>
      <Typography id="role-users-title" variant="h6" component="h2" gutterBottom>
        Users with this role
      </Typography>
      <ReferenceManyField
        reference="users"
        target="role"
        sort={{ field: 'username', order: 'ASC' }}
        perPage={10}
        pagination={<Pagination />}
      >
        <DataTable<User> bulkActionButtons={false} empty={<Typography color="text.secondary">Nobody holds this role.</Typography>}>
          <DataTable.Col source="username" />
          <DataTable.Col source="displayName" />
          <DataTable.Col source="kind" />
          <DataTable.Col source="active" field={BooleanField} />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}
