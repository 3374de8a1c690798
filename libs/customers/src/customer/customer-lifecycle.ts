import { conflict } from '@contactly/platform';
import type { CustomerStatus } from '../party/party.entity.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** The customer state machine: which status may follow which. */
export const CUSTOMER_TRANSITIONS: Record<CustomerStatus, readonly CustomerStatus[]> = {
  pending: ['active', 'closed'],
  active: ['suspended', 'closed'],
  suspended: ['active', 'closed'],
  closed: [],
};

export function assertCustomerTransition(from: CustomerStatus, to: CustomerStatus): void {
  if (from !== to && !CUSTOMER_TRANSITIONS[from].includes(to)) {
    throw conflict(CUSTOMERS_ERRORS.INVALID_STATUS_TRANSITION, `A ${from} customer cannot become ${to} (allowed: ${CUSTOMER_TRANSITIONS[from].join(', ') || 'none'})`);
  }
}
