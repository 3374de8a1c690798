import { BooleanInput, Edit, Labeled, required, SimpleForm, TextField, TextInput, useTranslate } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import { ReferenceSelect } from '../reference-choices';
import { EmployeeRoleInput } from './employee-role-input';

export function EmployeeEdit() {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar deleteConsequence="Their login stays; deactivate or delete it under Users." />}>
        <Labeled>
          <TextField source="username" />
        </Labeled>
        <ReferenceSelect source="departmentId" reference="departments" label={translate('Department')} validate={required()} />
        <EmployeeRoleInput />
        <TextInput source="position" />
        <TextInput source="displayName" validate={required()} />
        <TextInput source="email" type="email" />
        <BooleanInput source="active" helperText="Whether their login may sign in" />
      </SimpleForm>
    </Edit>
  );
}
