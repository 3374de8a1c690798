import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import { DepartmentEmployees } from './department-employees';
import { DepartmentInputs } from './department-inputs';
import { DepartmentRules } from './department-rules';

export function DepartmentEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm
        toolbar={
          <EditToolbar deleteConsequence="Its rules are deleted with it. A department with employees or bookings cannot be deleted." />
        }
      >
        <DepartmentInputs />
      </SimpleForm>
      <DepartmentEmployees />
      <DepartmentRules />
    </Edit>
  );
}
