import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';

/** The keys a booking's `status` shows (the document's shape); lists show them unless `fields` asks for more. */
export const BOOKING_STATUS_TYPE_DOCUMENT_KEYS = ['bookingStatusTypeId', 'name', 'description'] as const;

export const BOOKING_STATUS_TYPE_LIST: ListSpec = {
  idColumn: 's.id',
  defaultSort: 'bookingStatusTypeId',
  fields: {
    bookingStatusTypeId: { column: 's.id', type: 'int' },
    name: { column: 's.name_key', type: 'string', filter: false },
    holdsClient: { column: 's.holds_client', type: 'boolean' },
    createTime: { column: 's.created_at', type: 'date' },
    updateTime: { column: 's.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: [...BOOKING_STATUS_TYPE_DOCUMENT_KEYS, 'holdsClient', 'version', 'createTime', 'updateTime'],
};
