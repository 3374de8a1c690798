import type { ListSpec } from '@contactly/platform';
import { PRODUCT_STATUSES } from './subscription.entity.js';

/** Filters and sorts of the product list: each has its index (see the subscription table). */
export const PRODUCT_LIST: ListSpec = {
  idColumn: 's.id',
  defaultSort: 'id',
  fields: {
    id: { column: 's.id', type: 'id' },
    href: { column: 's.id', type: 'id', sort: false },
    name: { column: 's.name', type: 'string' },
    status: { column: 's.status', type: 'enum', values: PRODUCT_STATUSES },
    isBundle: { column: 's.is_bundle', type: 'boolean' },
    startDate: { column: 's.start_date', type: 'date' },
    terminationDate: { column: 's.termination_date', type: 'date' },
    autoRenew: { column: 's.auto_renew', type: 'boolean' },
    periodNumber: { column: 's.period_number', type: 'int', sort: false },
    lastModified: { column: 's.updated_at', type: 'date' },
    /** Not TMF attributes: the subscriptions of one customer, offering or account, or ending before a date. */
    relatedPartyId: { column: 's.customer_id', type: 'id' },
    productOfferingId: { column: 's.offering_id', type: 'id' },
    productOfferingPriceId: { column: 's.price_id', type: 'id' },
    billingAccountId: { column: 's.billing_account_id', type: 'id' },
    currentPeriodEnd: { column: 's.current_period_end', type: 'date' },
  },
  selectable: [
    'name',
    'status',
    'isBundle',
    'startDate',
    'terminationDate',
    'productOffering',
    'productPrice',
    'billingAccount',
    'relatedParty',
    'realizingResource',
    'productCharacteristic',
    'autoRenew',
    'currentPeriod',
    'periodNumber',
    'cancellation',
    'suspendedAt',
    'lastModified',
  ],
};
