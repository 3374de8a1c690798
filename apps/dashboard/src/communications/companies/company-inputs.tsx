import { required, TextInput } from 'react-admin';

/** The attributes of a company, the same on create and edit. */
export function CompanyInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} helperText="Unique, ignoring upper and lower case" />
      <TextInput source="description" multiline />
    </>
  );
}
