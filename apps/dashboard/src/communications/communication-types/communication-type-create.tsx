import { Create, SimpleForm } from 'react-admin';
import { CommunicationTypeInputs } from './communication-type-inputs';

export function CommunicationTypeCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <CommunicationTypeInputs />
      </SimpleForm>
    </Create>
  );
}
