import type { ListSpec } from '@contactly/platform';
import { NUMBER_STATES } from './number-process.js';
import { PORTING_STATES, RESOURCE_TYPES } from './number-resource.entity.js';

/** The TMF639 resource list: filters on the number's simple attributes, each backed by an index. */
export const RESOURCE_LIST: ListSpec = {
  idColumn: 'r.id',
  defaultSort: 'id',
  fields: {
    id: { column: 'r.id', type: 'id' },
    href: { column: 'r.id', type: 'id', sort: false },
    resourceType: { column: 'r.resource_type', type: 'enum', values: RESOURCE_TYPES },
    value: { column: 'r.value', type: 'string' },
    name: { column: 'r.value', type: 'string' },
    category: { column: 'r.pool', type: 'string' },
    status: { column: 'r.status', type: 'enum', values: NUMBER_STATES },
    statusDate: { column: 'r.status_date', type: 'date' },
    reservedUntil: { column: 'r.reserved_until', type: 'date' },
    agingUntil: { column: 'r.aging_until', type: 'date' },
    portedIn: { column: 'r.ported_in', type: 'boolean' },
    donorOperator: { column: 'r.donor_operator', type: 'string' },
    portingState: { column: 'r.porting_state', type: 'enum', values: PORTING_STATES },
    /** Not TMF attributes: the numbers of one customer, or of one subscription, for the customer 360 view. */
    relatedPartyId: { column: 'r.party_id', type: 'id', sort: false },
    productId: { column: 'r.subscription_id', type: 'id', sort: false },
    createdAt: { column: 'r.created_at', type: 'date' },
    updatedAt: { column: 'r.updated_at', type: 'date' },
  },
  selectable: [
    'name',
    'resourceType',
    'value',
    'category',
    'status',
    'resourceStatus',
    'usageState',
    'statusDate',
    'reservedUntil',
    'agingUntil',
    'portedIn',
    'donorOperator',
    'portingState',
    'resourceCharacteristic',
    'resourceSpecification',
    'relatedParty',
    'product',
    'createdAt',
    'updatedAt',
  ],
  extraParams: ['random', 'pattern', 'value.like'],
  extraParamDescriptions: {
    random:
      '`true`: a random sample of `limit` numbers (needs `resourceType` and `status`), read from a random point of the pool index; never the whole pool scanned or sorted. `sort` and `offset` do not apply; X-Total-Count is the sample size.',
    pattern: 'Digits with `*` (any digits) and `?` (one digit): `*777*`, `4915?123*`',
    'value.like': 'The same as `pattern`',
  },
};
