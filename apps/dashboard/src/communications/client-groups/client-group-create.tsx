import { Create, SimpleForm, useTranslate } from 'react-admin';
import { ClientsInput } from '../clients/client-inputs';
import { ClientGroupInputs } from './client-group-inputs';

/** A new group: name, description and its first clients (more can be added on its edit screen). */
export function ClientGroupCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="edit" title={translate('contactly.clientGroups.createTitle', { _: 'New client group' })}>
      <SimpleForm defaultValues={{ clientIds: [] }}>
        <ClientGroupInputs />
        <ClientsInput
          source="clientIds"
          label={translate('contactly.clientGroups.clients', { _: 'Clients' })}
          helperText={translate('contactly.clientGroups.clientsHelp', {
            _: 'Search by name, email, phone or id; pick as many as you like',
          })}
        />
      </SimpleForm>
    </Create>
  );
}
