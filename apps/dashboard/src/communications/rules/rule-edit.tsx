import { Edit, Labeled, SimpleForm, TextField } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import { RuleInputs } from './rule-inputs';

export function RuleEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar />}>
        <Labeled label="Department">
          <TextField source="department.name" />
        </Labeled>
        <RuleInputs />
      </SimpleForm>
    </Edit>
  );
}
