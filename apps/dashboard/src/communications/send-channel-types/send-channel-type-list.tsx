import { BooleanField, DataTable, DateField, List, NullableBooleanInput, SelectField, SelectInput, TextInput } from 'react-admin';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import type { SendChannelType, Recorded } from '../api-types';
import { CHANNEL_KIND_CHOICES } from './channel-kinds';
import { ChannelSwitch } from './channel-switch';

const channelFilters = [
  <SelectInput key="kind" source="kind" choices={CHANNEL_KIND_CHOICES} alwaysOn />,
  <NullableBooleanInput key="enabled" source="enabled" alwaysOn />,
  <TextInput key="name" source="name" label="Exact name" resettable />,
];

export function SendChannelTypeList() {
  const administrator = hasPermission(useSignedInPrincipal(), 'communications:admin');
  return (
    <List filters={channelFilters} sort={{ field: 'sendChannelTypeId', order: 'ASC' }}>
      <DataTable<Recorded<SendChannelType>> bulkActionButtons={false}>
        <DataTable.Col source="sendChannelTypeId" label="Id" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={CHANNEL_KIND_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="enabled" field={BooleanField} />
        {administrator && (
          <DataTable.Col label="Sending" disableSort>
            <ChannelSwitch />
          </DataTable.Col>
        )}
        <DataTable.Col source="updateTime" label="Changed" field={DateField} />
      </DataTable>
    </List>
  );
}
