import type { ListSpec } from '@contactly/platform';
import { CLIENT_LIST } from '../client/client.list.js';

export const BOOKING_LIST: ListSpec = {
  idColumn: 'b.id',
  defaultSort: '-bookingId',
  fields: {
    bookingId: { column: 'b.id', type: 'int' },
    departmentId: { column: 'b.department_id', type: 'int' },
    statusId: { column: 'b.status_type_id', type: 'int', sort: false },
    communicationTypeId: { column: 'b.communication_type_id', type: 'int', sort: false },
    sendChannelTypeId: { column: 'b.send_channel_type_id', type: 'int', sort: false },
    documentId: { column: 'b.document_id', type: 'int', sort: false },
    beforeDate: { column: 'b.before_date', type: 'date' },
  },
  extraParams: ['name', 'clientId'],
  extraParamDescriptions: { name: 'The booking of this name (ignoring case)', clientId: 'Bookings that include this client' },
  selectable: [
    'bookingId',
    'name',
    'department',
    'purpose',
    'communicationTypeId',
    'sendChannelTypeId',
    'documentId',
    'beforeDate',
    'status',
    'active',
    'clientCount',
    'bookedBy',
    'version',
    'createTime',
    'updateTime',
  ],
};

/** The clients of one booking: paged by client id, with the client list's `fields`. */
export const BOOKING_CLIENT_LIST: ListSpec = { idColumn: 'bc.client_id', defaultSort: '', fields: {}, selectable: CLIENT_LIST.selectable };
