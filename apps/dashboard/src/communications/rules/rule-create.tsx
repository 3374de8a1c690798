import { Create, required, SimpleForm, useTranslate } from 'react-admin';
import { ReferenceSelect } from '../reference-choices';
import { RuleInputs } from './rule-inputs';

export function RuleCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ active: true, timeZone: 'UTC', allowed: [], frequencyCaps: [], channelPreference: [] }}>
        <ReferenceSelect source="departmentId" reference="departments" label={translate('Department')} validate={required()} />
        <RuleInputs />
      </SimpleForm>
    </Create>
  );
}
