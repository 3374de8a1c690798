import { Create, regex, required, SimpleForm, TextInput } from 'react-admin';
import { PermissionEditor } from './permission-editor';

const ROLE_NAME = regex(/^[a-z][a-z0-9-]{1,59}$/, 'Lower-case letters, digits and dashes, starting with a letter (2–60 characters)');

export function RoleCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ permissions: [] }}>
        <TextInput source="name" validate={[required(), ROLE_NAME]} helperText="e.g. billing-clerk; it cannot be changed later" />
        <TextInput source="description" multiline />
        <PermissionEditor />
      </SimpleForm>
    </Create>
  );
}
