import { Create, regex, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { AFFILIATE_STATUS_CHOICES } from './affiliate-statuses';

const AFFILIATE_CODE = regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Lower-case letters, digits and dashes (2–40 characters)');

export function AffiliateCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ status: 'active' }}>
        <TextInput source="name" validate={required()} />
        <TextInput source="code" validate={[required(), AFFILIATE_CODE]} helperText="e.g. northwind; it cannot be changed later" />
        <TextInput source="contactEmail" type="email" />
        <SelectInput source="status" choices={AFFILIATE_STATUS_CHOICES} validate={required()} />
      </SimpleForm>
    </Create>
  );
}
