import { Create, required, SimpleForm, useTranslate } from 'react-admin';
import { ClientsInput } from '../clients/client-inputs';
import { ReferenceSelect } from '../reference-choices';
import { BookingInputs } from './booking-inputs';

export function BookingCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ clientIds: [] }}>
        <ClientsInput
          source="clientIds"
          label={translate('Clients')}
          validate={required('Choose the client, or the clients of a group')}
          helperText={translate('One client, or several for a group; a client another department holds is refused')}
        />
        <ReferenceSelect
          source="departmentId"
          reference="departments"
          label={translate('For the department')}
          emptyText={translate('Mine (as an employee)')}
        />
        <BookingInputs />
      </SimpleForm>
    </Create>
  );
}
