import { Box, Typography } from '@mui/material';
import { BooleanField, DataTable, Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import type { User } from '../api-types';

/** Who holds the role: GET /api/v1/roles/{id}/users (see the data provider's nested references). */
export function RoleUsers() {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="role-users-title" sx={{ p: 2 }}>
      <Typography id="role-users-title" variant="h6" component="h2" gutterBottom>
        {translate('contactly.admin.roles.holders')}
      </Typography>
      <ReferenceManyField
        reference="users"
        target="role"
        sort={{ field: 'username', order: 'ASC' }}
        perPage={10}
        pagination={<Pagination />}
      >
        <DataTable<User>
          bulkActionButtons={false}
          empty={<Typography color="text.secondary">{translate('contactly.admin.roles.no_holders')}</Typography>}
        >
          <DataTable.Col source="username" />
          <DataTable.Col source="displayName" />
          <DataTable.Col source="kind" render={(user) => translate(`contactly.admin.kind.${user.kind}`, { _: user.kind })} />
          <DataTable.Col source="active" field={BooleanField} />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}
