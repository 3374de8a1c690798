import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import { CommunicationTypeInputs } from './communication-type-inputs';

export function CommunicationTypeEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar deleteConsequence="A type that rules, role permissions or bookings use cannot be deleted." />}>
        <CommunicationTypeInputs />
      </SimpleForm>
    </Edit>
  );
}
