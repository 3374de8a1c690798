import { Create, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { ClientInput } from '../clients/client-inputs';
import { ReferenceSelect } from '../reference-choices';
import { BlockDurationInputs } from './block-duration-inputs';

export function ChannelBlockCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ permanent: true }}>
        <ClientInput source="clientId" label={translate('Client')} validate={required()} />
        <ReferenceSelect source="sendChannelTypeId" reference="send_channel_types" label={translate('Channel')} validate={required()} />
        <BlockDurationInputs />
        <TextInput source="reason" validate={required()} multiline helperText="e.g. Клиент попросил не присылать SMS" />
      </SimpleForm>
    </Create>
  );
}
