import { Create, regex, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { AFFILIATE_STATUS_CHOICES } from './affiliate-statuses';

const AFFILIATE_CODE = regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'contactly.admin.affiliates.code_rule');

export function AffiliateCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ status: 'active' }}>
        <TextInput source="name" validate={required()} />
        <TextInput source="code" validate={[required(), AFFILIATE_CODE]} helperText="contactly.admin.affiliates.code_help" />
        <TextInput source="contactEmail" type="email" />
        <SelectInput source="status" choices={AFFILIATE_STATUS_CHOICES} validate={required()} />
      </SimpleForm>
    </Create>
  );
}
