import { defineProcess } from '@contactly/platform';
import { CUSTOMER_STATUSES, type CustomerStatus } from '../party/party.entity.js';

/**
 * The life of a customer (TMF629): pending → active ⇄ suspended, and closed from any of them; a
 * closed customer stays closed. A customer may be created in any status (a CRM brings its own),
 * so every status is initial. Ending the customer role (DELETE) is no move of this process.
 */
export const customerProcess = defineProcess<CustomerStatus>({
  name: 'customer',
  resource: 'Customer',
  states: CUSTOMER_STATUSES,
  initial: CUSTOMER_STATUSES,
  terminal: ['closed'],
  transitions: {
    pending: ['active', 'closed'],
    active: ['suspended', 'closed'],
    suspended: ['active', 'closed'],
  },
});
