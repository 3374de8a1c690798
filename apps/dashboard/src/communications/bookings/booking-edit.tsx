import { Edit, Labeled, SimpleForm, TextField } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import { BookingClients } from './booking-clients';
import { BookingInputs } from './booking-inputs';

export function BookingEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar deleteConsequence="Its clients are free again for other departments." />}>
        <Labeled label="Department">
          <TextField source="department.name" emptyText="none" />
        </Labeled>
        <Labeled label="Booked by">
          <TextField source="bookedBy" />
        </Labeled>
        <BookingInputs />
        <BookingClients />
      </SimpleForm>
    </Edit>
  );
}
