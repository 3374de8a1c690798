import { BooleanField, BooleanInput, DataTable, DateField, List, NumberInput } from 'react-admin';
import type { Booking, Recorded } from '../api-types';
import { ReferenceSelect } from '../reference-choices';

const bookingFilters = [
  <ReferenceSelect key="departmentId" source="departmentId" reference="departments" label="Department" alwaysOn />,
  <ReferenceSelect key="statusId" source="statusId" reference="booking_status_types" label="Status" alwaysOn />,
  <BooleanInput key="ahead" source="ahead" label="Not yet ended" alwaysOn />,
  <NumberInput key="clientId" source="clientId" label="Client id" min={1} />,
];

export function BookingList() {
  return (
    <List filters={bookingFilters} sort={{ field: 'bookingId', order: 'DESC' }}>
      <DataTable<Recorded<Booking>> bulkActionButtons={false}>
        <DataTable.Col source="bookingId" label="Id" />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="department.name" label="Department" disableSort />
        <DataTable.Col source="purpose" disableSort />
        <DataTable.Col source="clientCount" label="Clients" disableSort />
        <DataTable.Col source="beforeDate" label="Until">
          <DateField source="beforeDate" showTime />
        </DataTable.Col>
        <DataTable.Col source="status.name" label="Status" disableSort />
        <DataTable.Col source="active" label="Holds its clients" field={BooleanField} disableSort />
        <DataTable.Col source="bookedBy" label="Booked by" disableSort />
      </DataTable>
    </List>
  );
}
