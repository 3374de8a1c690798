import { BooleanInput, Create, SimpleForm } from 'react-admin';
import { SendChannelTypeInputs } from './send-channel-type-inputs';

export function SendChannelTypeCreate() {
  return (
    <Create redirect="list" title="Create channel">
      <SimpleForm defaultValues={{ enabled: true }}>
        <SendChannelTypeInputs />
        <BooleanInput source="enabled" helperText="Nothing is sent on a disabled channel" />
      </SimpleForm>
    </Create>
  );
}
