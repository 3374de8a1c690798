import { BooleanInput, Edit, Labeled, required, SimpleForm, TextField, TextInput, TopToolbar } from 'react-admin';
import { EditToolbar } from '../edit-toolbar';
import { ResetPasswordButton } from './reset-password-button';
import { RoleNamesInput } from './role-names-input';

const UserEditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
  </TopToolbar>
);

export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" actions={<UserEditActions />}>
      <SimpleForm toolbar={<EditToolbar />}>
        <Labeled>
          <TextField source="username" />
        </Labeled>
        <Labeled>
          <TextField source="kind" />
        </Labeled>
        <TextInput source="displayName" validate={required()} />
        <TextInput source="email" type="email" />
        <RoleNamesInput />
        <BooleanInput source="active" />
      </SimpleForm>
    </Edit>
  );
}
