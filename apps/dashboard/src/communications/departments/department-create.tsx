import { Create, SimpleForm } from 'react-admin';
import { DepartmentInputs } from './department-inputs';

export function DepartmentCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm>
        <DepartmentInputs />
      </SimpleForm>
    </Create>
  );
}
