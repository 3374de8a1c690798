import { required, TextInput } from 'react-admin';
import { ReferenceSelect } from '../reference-choices';

export function DepartmentInputs() {
  return (
    <>
      <ReferenceSelect source="companyId" reference="companies" label="Company" validate={required()} />
      <TextInput source="name" validate={required()} helperText="Unique within the company, ignoring upper and lower case" />
      <TextInput source="description" multiline />
    </>
  );
}
