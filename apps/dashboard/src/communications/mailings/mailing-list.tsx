import { CreateButton, DataTable, DateField, FilterButton, List, ReferenceField, TextInput, TopToolbar } from 'react-admin';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { ReferenceSelect } from '../reference-choices';
import { COMPOSE_PATH } from '../sending/sending-paths';
import type { Mailing } from '../sending/sending-types';

const mailingFilters = [
  <ReferenceSelect key="communicationTypeId" source="communicationTypeId" reference="communication_types" label="Type" alwaysOn />,
  <ReferenceSelect key="sendChannelTypeId" source="sendChannelTypeId" reference="send_channel_types" label="Channel" alwaysOn />,
  <ReferenceSelect key="departmentId" source="departmentId" reference="departments" label="Department" alwaysOn />,
  <TextInput key="name" source="name" label="Name (exact)" />,
];

function MailingListActions() {
  const principal = useSignedInPrincipal();
  const sender = hasPermission(principal, 'communications:send') || hasPermission(principal, 'communications:admin');
  return (
    <TopToolbar>
      <FilterButton />
      {sender && <CreateButton label="Compose" to={COMPOSE_PATH} />}
    </TopToolbar>
  );
}

/** Every send, newest first: one row per request, with how many were accepted, moved and skipped. */
export function MailingList() {
  return (
    <List filters={mailingFilters} sort={{ field: 'mailingId', order: 'DESC' }} actions={<MailingListActions />}>
      <DataTable<Mailing & { id: number }> bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="mailingId" label="Id" />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col
          source="communicationTypeId"
          label="Type"
          disableSort
          render={() => <ReferenceField source="communicationTypeId" reference="communication_types" link={false} />}
        />
        <DataTable.Col
          source="sendChannelTypeId"
          label="Channel"
          disableSort
          render={() => <ReferenceField source="sendChannelTypeId" reference="send_channel_types" link={false} />}
        />
        <DataTable.Col
          source="departmentId"
          label="Department"
          disableSort
          render={() => <ReferenceField source="departmentId" reference="departments" link={false} />}
        />
        <DataTable.Col source="sender.username" label="Sender" disableSort />
        <DataTable.NumberCol source="recipientCount" label="Recipients" disableSort />
        <DataTable.NumberCol source="scheduledCount" label="Accepted" disableSort />
        <DataTable.NumberCol source="movedCount" label="Moved" disableSort />
        <DataTable.NumberCol source="skippedCount" label="Skipped" disableSort />
        <DataTable.Col source="createTime" label="Created">
          <DateField source="createTime" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
