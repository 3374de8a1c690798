import { Edit, Labeled, required, SelectInput, SimpleForm, TextField, TextInput } from 'react-admin';
import { EditToolbar } from '../edit-toolbar';
import { AFFILIATE_STATUS_CHOICES } from './affiliate-statuses';
import { CredentialsPanel } from './credentials-panel';

export function AffiliateEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar deleteConsequence="contactly.admin.affiliates.delete_consequence" />}>
        <Labeled>
          <TextField source="code" />
        </Labeled>
        <TextInput source="name" validate={required()} />
        <TextInput source="contactEmail" type="email" />
        <SelectInput source="status" choices={AFFILIATE_STATUS_CHOICES} validate={required()} />
      </SimpleForm>
      <CredentialsPanel />
    </Edit>
  );
}
