import { Create, SimpleForm } from 'react-admin';
import { CompanyInputs } from './company-inputs';

export function CompanyCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm>
        <CompanyInputs />
      </SimpleForm>
    </Create>
  );
}
