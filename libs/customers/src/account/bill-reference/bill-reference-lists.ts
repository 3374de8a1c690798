import type { ListSpec } from '@contactly/platform';

const common = {
  id: { column: 'r.id', type: 'id' },
  href: { column: 'r.id', type: 'id', sort: false },
  name: { column: 'r.name', type: 'string' },
  description: { column: 'r.description', type: 'string' },
} as const;

/** Bill formats and presentation media show the same attributes. */
export const BILL_REFERENCE_LIST: ListSpec = {
  idColumn: 'r.id',
  defaultSort: 'id',
  fields: common,
};

export const BILLING_CYCLE_SPECIFICATION_LIST: ListSpec = {
  idColumn: 'r.id',
  defaultSort: 'id',
  fields: {
    ...common,
    frequency: { column: 'r.frequency', type: 'string' },
    billingPeriod: { column: 'r.billing_period', type: 'string' },
    billingDateShift: { column: 'r.billing_date_shift', type: 'int' },
    chargeDateOffset: { column: 'r.charge_date_offset', type: 'int' },
    creditDateOffset: { column: 'r.credit_date_offset', type: 'int' },
    mailingDateOffset: { column: 'r.mailing_date_offset', type: 'int' },
    paymentDueDateOffset: { column: 'r.payment_due_date_offset', type: 'int' },
  },
  selectable: [
    'name',
    'description',
    'frequency',
    'billingPeriod',
    'billingDateShift',
    'chargeDateOffset',
    'creditDateOffset',
    'mailingDateOffset',
    'paymentDueDateOffset',
    'validFor',
  ],
};
