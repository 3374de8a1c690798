import { Create, required, SimpleForm } from 'react-admin';
import { ReferenceSelect } from '../reference-choices';
import { RuleInputs } from './rule-inputs';

export function RuleCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ active: true, timeZone: 'UTC', allowed: [], frequencyCaps: [], channelPreference: [] }}>
        <ReferenceSelect source="departmentId" reference="departments" label="Department" validate={required()} />
        <RuleInputs />
      </SimpleForm>
    </Create>
  );
}
