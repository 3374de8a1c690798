import { Create, regex, required, SimpleForm, TextInput } from 'react-admin';
import { PermissionEditor } from './permission-editor';

const ROLE_NAME = regex(/^[a-z][a-z0-9-]{1,59}$/, 'contactly.admin.roles.name_rule');

export function RoleCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ permissions: [] }}>
        <TextInput source="name" validate={[required(), ROLE_NAME]} helperText="contactly.admin.roles.name_help" />
        <TextInput source="description" multiline />
        <PermissionEditor />
      </SimpleForm>
    </Create>
  );
}
