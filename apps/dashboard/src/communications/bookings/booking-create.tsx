import { Create, required, SimpleForm } from 'react-admin';
import { ClientsInput } from '../clients/client-inputs';
import { ReferenceSelect } from '../reference-choices';
import { BookingInputs } from './booking-inputs';

export function BookingCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ clientIds: [] }}>
        <ClientsInput
          source="clientIds"
          label="Clients"
          validate={required('Choose the client, or the clients of a group')}
          helperText="One client, or several for a group; a client another department holds is refused"
        />
        <ReferenceSelect source="departmentId" reference="departments" label="For the department" emptyText="Mine (as an employee)" />
        <BookingInputs />
      </SimpleForm>
    </Create>
  );
}
