import { BooleanField, DataTable, DateField, List, NullableBooleanInput, NumberInput } from 'react-admin';
import { Link } from 'react-router';
import { customerPath } from '../../customers/customer-paths';
import type { ChannelBlock, Recorded } from '../api-types';
import { ReferenceSelect } from '../reference-choices';
import { blockTerm } from './block-terms';

const blockFilters = [
  <NumberInput key="clientId" source="clientId" label="Client id" min={1} alwaysOn />,
  <ReferenceSelect key="sendChannelTypeId" source="sendChannelTypeId" reference="send_channel_types" label="Channel" alwaysOn />,
  <NullableBooleanInput key="active" source="active" label="In force" alwaysOn />,
];

/** The client's 360 page, at its channels (the link must not also open the row). */
const ClientLink = ({ clientId }: { clientId: number }) => (
  <Link to={customerPath(clientId, 'channels')} onClick={(event) => event.stopPropagation()}>
    #{clientId}
  </Link>
);

export function ChannelBlockList() {
  return (
    <List filters={blockFilters} sort={{ field: 'channelBlockId', order: 'DESC' }}>
      <DataTable<Recorded<ChannelBlock>> bulkActionButtons={false}>
        <DataTable.Col source="channelBlockId" label="Id" />
        <DataTable.Col source="clientId" label="Client" render={(block) => <ClientLink clientId={block.clientId} />} />
        <DataTable.Col source="sendChannelTypeId" label="Channel" render={(block) => block.channelName} />
        <DataTable.Col source="until" label="How long" render={blockTerm} />
        <DataTable.Col source="active" label="In force" field={BooleanField} disableSort />
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="blockedBy" label="By" disableSort />
        <DataTable.Col source="createTime" label="Since" field={DateField} />
      </DataTable>
    </List>
  );
}
