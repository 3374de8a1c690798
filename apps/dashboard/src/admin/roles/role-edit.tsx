import { Edit, Labeled, SimpleForm, TextField, TextInput, useRecordContext } from 'react-admin';
import { hasPermission } from '../../auth/principal';
import { RoleCommunicationPermissions } from '../../communications/role-permissions/role-communication-permissions';
import { useSignedInPrincipal } from '../../auth/session-context';
import type { Role } from '../api-types';
import { EditToolbar } from '../edit-toolbar';
import { isAdminRole } from './admin-role';
import { PermissionEditor } from './permission-editor';
import { RoleUsers } from './role-users';

/** Built-in roles stay (409 ROLE_BUILTIN), so they offer no delete. */
function RoleToolbar() {
  const role = useRecordContext<Role>();
  return <EditToolbar deletable={!role?.builtin} />;
}

function RolePermissions() {
  const adminRole = isAdminRole(useRecordContext<Role>());
  return <PermissionEditor disabled={adminRole} helperText={adminRole ? 'contactly.admin.roles.admin_has_all' : undefined} />;
}

export function RoleEdit() {
  const principal = useSignedInPrincipal();
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<RoleToolbar />}>
        <Labeled>
          <TextField source="name" />
        </Labeled>
        <TextInput source="description" multiline />
        <RolePermissions />
      </SimpleForm>
      {hasPermission(principal, 'users:read') && <RoleUsers />}
      {hasPermission(principal, 'communications:read') && (
        <RoleCommunicationPermissions writable={hasPermission(principal, 'communications:admin')} />
      )}
    </Edit>
  );
}
