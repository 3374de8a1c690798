import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  PasswordInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { ReferenceSelect } from '../reference-choices';
import { EmployeeRoleInput } from './employee-role-input';

type Login = 'new' | 'existing';

const LOGIN_CHOICES: { id: Login; name: string }[] = [
  { id: 'new', name: 'Create a login for them' },
  { id: 'existing', name: 'An existing staff user' },
];

const NEW_LOGIN_FIELDS = ['username', 'displayName', 'email', 'password'];

/** Only the fields of the chosen way in are sent: a user picked before switching to a new login is not. */
function employeeBody({ login, ...values }: Record<string, unknown>) {
  const dropped = login === 'existing' ? NEW_LOGIN_FIELDS : ['userId'];
  return Object.fromEntries(Object.entries(values).filter(([key]) => !dropped.includes(key)));
}

export function EmployeeCreate() {
  const translate = useTranslate();
  return (
    <Create transform={employeeBody} redirect="list">
      <SimpleForm defaultValues={{ login: 'new' }}>
        <ReferenceSelect source="departmentId" reference="departments" label={translate('Department')} validate={required()} />
        <EmployeeRoleInput />
        <TextInput source="position" />
        <RadioButtonGroupInput source="login" label="Login" choices={LOGIN_CHOICES} />
        <FormDataConsumer<{ login: Login }>>
          {({ formData }) =>
            formData.login === 'existing' ? (
              <ReferenceInput source="userId" reference="users" filter={{ kind: 'staff' }} sort={{ field: 'username', order: 'ASC' }}>
                <AutocompleteInput
                  label="Staff user"
                  optionText="username"
                  validate={required()}
                  helperText="Their login gets the role above"
                />
              </ReferenceInput>
            ) : (
              <>
                <TextInput source="username" validate={required()} autoComplete="off" />
                <TextInput source="displayName" validate={required()} />
                <TextInput source="email" type="email" />
                <PasswordInput
                  source="password"
                  validate={required()}
                  autoComplete="new-password"
                  helperText="At least 10 characters, not the username, not a common password"
                />
              </>
            )
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
