import type { ListSpec } from '@contactly/platform';
import { PAYMENT_METHOD_STATUSES, PAYMENT_METHOD_TYPES } from './payment-method.entity.js';

export const PAYMENT_METHOD_LIST: ListSpec = {
  idColumn: 'pm.id',
  defaultSort: 'id',
  fields: {
    id: { column: 'pm.id', type: 'id' },
    href: { column: 'pm.id', type: 'id', sort: false },
    name: { column: 'pm.name', type: 'string' },
    description: { column: 'pm.description', type: 'string' },
    isPreferred: { column: 'pm.is_preferred', type: 'boolean' },
    status: { column: 'pm.status', type: 'enum', values: PAYMENT_METHOD_STATUSES },
    statusDate: { column: 'pm.status_date', type: 'date' },
    statusReason: { column: 'pm.status_reason', type: 'string' },
    '@type': { column: 'pm.method_type', type: 'enum', values: PAYMENT_METHOD_TYPES },
    /** Not a TMF attribute: the methods of one customer, for the customer 360 view. */
    relatedPartyId: { column: 'pm.party_id', type: 'id' },
  },
  selectable: [
    'name',
    'description',
    'isPreferred',
    'status',
    'statusDate',
    'statusReason',
    'validFor',
    'relatedParty',
    'account',
    'details',
  ],
};
