import { Edit, Labeled, NumberField, required, SimpleForm, TextField, TextInput } from 'react-admin';
import { EditToolbar } from '../../admin/edit-toolbar';
import { BlockDurationInputs } from './block-duration-inputs';

export function ChannelBlockEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm
        toolbar={<EditToolbar deleteConsequence="Lifting the block lets communications reach the client on this channel again." />}
      >
        <Labeled label="Client">
          <NumberField source="clientId" />
        </Labeled>
        <Labeled label="Channel">
          <TextField source="channelName" />
        </Labeled>
        <Labeled label="Blocked by">
          <TextField source="blockedBy" />
        </Labeled>
        <BlockDurationInputs />
        <TextInput source="reason" validate={required()} multiline />
      </SimpleForm>
    </Edit>
  );
}
