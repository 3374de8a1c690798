import { BooleanField, Edit, Labeled, SimpleForm, TopToolbar, useRecordContext } from 'react-admin';
import type { SendChannelType } from '../api-types';
import { EditToolbar } from '../../admin/edit-toolbar';
import { ChannelSwitch } from './channel-switch';
import { SendChannelTypeInputs } from './send-channel-type-inputs';

/** "Channel SMS" (the resource's own label is the plural the menu shows). */
const ChannelTitle = () => <>Channel {useRecordContext<SendChannelType>()?.name}</>;

const ChannelActions = () => (
  <TopToolbar>
    <ChannelSwitch />
  </TopToolbar>
);

export function SendChannelTypeEdit() {
  return (
    <Edit mutationMode="pessimistic" actions={<ChannelActions />} title={<ChannelTitle />}>
      <SimpleForm
        toolbar={
          <EditToolbar deleteConsequence="A channel that rules, role permissions, bookings or blocks use cannot be deleted: disable it instead." />
        }
      >
        <Labeled>
          <BooleanField source="enabled" />
        </Labeled>
        <SendChannelTypeInputs />
      </SimpleForm>
    </Edit>
  );
}
