import { CreateButton, DataTable, DateField, FilterButton, List, NumberInput, ReferenceField, SelectInput, TopToolbar } from 'react-admin';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { ReferenceSelect } from '../reference-choices';
import { ClientLink } from '../sending/client-link';
import { STATUS_CHOICES } from '../sending/communication-status';
import { ReasonText } from '../sending/reason-text';
import type { Communication } from '../sending/sending-types';
import { StatusChip } from '../sending/status-chip';

const communicationFilters = [
  <SelectInput key="status" source="status" label="Status" choices={STATUS_CHOICES} alwaysOn />,
  <ReferenceSelect key="communicationTypeId" source="communicationTypeId" reference="communication_types" label="Type" alwaysOn />,
  <ReferenceSelect key="sendChannelTypeId" source="sendChannelTypeId" reference="send_channel_types" label="Channel" alwaysOn />,
  <NumberInput key="clientId" source="clientId" label="Client id" min={1} alwaysOn />,
  <ReferenceSelect key="departmentId" source="departmentId" reference="departments" label="Department" />,
  <NumberInput key="mailingId" source="mailingId" label="Mailing id" min={1} />,
];

function CommunicationListActions() {
  const principal = useSignedInPrincipal();
  const sender = hasPermission(principal, 'communications:send') || hasPermission(principal, 'communications:admin');
  return (
    <TopToolbar>
      <FilterButton />
      {sender && <CreateButton label="Compose" />}
    </TopToolbar>
  );
}

/** The reference's name, as plain text (the row opens the communication). */
const Named = ({ source, reference }: { source: keyof Communication; reference: string }) => (
  <ReferenceField source={source} reference={reference} link={false} emptyText="—" />
);

/**
 * Every communication (one per recipient), newest first, filtered by status, type, channel, client,
 * department or mailing; a row opens the communication with its history.
 */
export function CommunicationList() {
  return (
    <List filters={communicationFilters} sort={{ field: 'communicationId', order: 'DESC' }} actions={<CommunicationListActions />}>
      <DataTable<Communication & { id: number }> bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="communicationId" label="Id" />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="clientId" label="Client" disableSort render={() => <ClientLink />} />
        <DataTable.Col
          source="communicationTypeId"
          label="Type"
          disableSort
          render={() => <Named source="communicationTypeId" reference="communication_types" />}
        />
        <DataTable.Col
          source="sendChannelTypeId"
          label="Channel"
          disableSort
          render={() => <Named source="sendChannelTypeId" reference="send_channel_types" />}
        />
        <DataTable.Col source="status" disableSort render={(c) => <StatusChip status={c.status} />} />
        <DataTable.Col
          source="reason"
          label="Reason"
          disableSort
          render={(c) => <ReasonText reason={c.reason} lastError={c.status === 'failed' ? c.lastError : null} />}
        />
        <DataTable.Col source="scheduledTime" label="Goes at" disableSort>
          <DateField source="scheduledTime" showTime />
        </DataTable.Col>
        <DataTable.Col source="statusTime" label="Status since" disableSort>
          <DateField source="statusTime" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
