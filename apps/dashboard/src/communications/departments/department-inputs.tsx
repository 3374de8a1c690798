import { required, TextInput, useTranslate } from 'react-admin';
import { ReferenceSelect } from '../reference-choices';

export function DepartmentInputs() {
  const translate = useTranslate();
  return (
    <>
      <ReferenceSelect source="companyId" reference="companies" label={translate('Company')} validate={required()} />
      <TextInput source="name" validate={required()} helperText="Unique within the company, ignoring upper and lower case" />
      <TextInput source="description" multiline />
    </>
  );
}
