import type { ListSpec } from '@contactly/platform';
import { CUSTOMER_STATUSES } from '../party/party.entity.js';

export const CUSTOMER_LIST: ListSpec = {
  idColumn: 'p.id',
  defaultSort: 'id',
  fields: {
    id: { column: 'p.id', type: 'id' },
    href: { column: 'p.id', type: 'id', sort: false },
    name: { column: 'p.customer_name', type: 'string' },
    status: { column: 'p.customer_status', type: 'enum', values: CUSTOMER_STATUSES },
    statusReason: { column: 'p.customer_status_reason', type: 'string' },
    lastUpdate: { column: 'p.updated_at', type: 'date' },
    affiliateId: { column: 'p.affiliate_id', type: 'int' },
  },
  selectable: [
    'name',
    'status',
    'statusReason',
    'validFor',
    'engagedParty',
    'contactMedium',
    'characteristic',
    'relatedParty',
    'lastUpdate',
  ],
};
