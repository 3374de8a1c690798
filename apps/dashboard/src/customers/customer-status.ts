import type { CustomerStatus } from './customer-types';

/** The customer lifecycle the server enforces: pending → active ⇄ suspended → closed. */
export const CUSTOMER_TRANSITIONS: Record<CustomerStatus, readonly CustomerStatus[]> = {
  pending: ['active', 'closed'],
  active: ['suspended', 'closed'],
  suspended: ['active', 'closed'],
  closed: [],
};

export const STATUS_LABELS: Record<CustomerStatus, string> = {
  pending: 'Pending',
  active: 'Active',
  suspended: 'Suspended',
  closed: 'Closed',
};

/** What the button that moves a customer into a status says. */
export const STATUS_ACTIONS: Record<CustomerStatus, string> = {
  pending: 'Mark pending',
  active: 'Activate',
  suspended: 'Suspend',
  closed: 'Close',
};

export type StatusColor = 'default' | 'success' | 'warning' | 'error' | 'info';

export const STATUS_COLORS: Record<CustomerStatus, StatusColor> = {
  pending: 'info',
  active: 'success',
  suspended: 'warning',
  closed: 'default',
};

const isCustomerStatus = (value: string): value is CustomerStatus => Object.hasOwn(CUSTOMER_TRANSITIONS, value);

/** The statuses a customer may move to from `status`; none for an unknown one. */
export const nextStatuses = (status: string): readonly CustomerStatus[] => (isCustomerStatus(status) ? CUSTOMER_TRANSITIONS[status] : []);

export const statusLabel = (status: string): string => (isCustomerStatus(status) ? STATUS_LABELS[status] : status);

export const statusColor = (status: string): StatusColor => (isCustomerStatus(status) ? STATUS_COLORS[status] : 'default');
