import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import type { User } from '../api-types';
import { RoleNamesInput } from './role-names-input';
import { CREATABLE_USER_KIND_CHOICES } from './user-kinds';

/** An affiliate picked before switching the kind back to staff must not be sent. */
const dropStrayAffiliate = (data: Partial<User>) => (data.kind === 'affiliate' ? data : { ...data, affiliateId: undefined });

export function UserCreate() {
  return (
    <Create transform={dropStrayAffiliate} redirect="list">
      <SimpleForm defaultValues={{ kind: 'staff', roles: [] }}>
        <TextInput source="username" validate={required()} autoComplete="off" />
        <TextInput source="displayName" validate={required()} />
        <TextInput source="email" type="email" />
        <PasswordInput
          source="password"
          validate={required()}
          autoComplete="new-password"
          helperText="contactly.admin.users.password_rules"
        />
        <RoleNamesInput />
        <SelectInput source="kind" choices={CREATABLE_USER_KIND_CHOICES} validate={required()} />
        <FormDataConsumer<User>>
          {({ formData }) =>
            formData.kind === 'affiliate' && (
              <ReferenceInput source="affiliateId" reference="affiliates" sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput label="resources.users.fields.affiliateId" optionText="name" validate={required()} />
              </ReferenceInput>
            )
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
