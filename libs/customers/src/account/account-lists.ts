import type { ListSpec } from '@contactly/platform';
import { ACCOUNT_STATES } from './account.entity.js';

const common = {
  id: { column: 'a.id', type: 'id' },
  href: { column: 'a.id', type: 'id', sort: false },
  name: { column: 'a.name', type: 'string' },
  description: { column: 'a.description', type: 'string' },
  accountType: { column: 'a.account_type', type: 'string' },
  state: { column: 'a.state', type: 'enum', values: ACCOUNT_STATES },
  lastModified: { column: 'a.updated_at', type: 'date' },
  /** Not a TMF attribute: the accounts of one customer, for the customer 360 view. */
  relatedPartyId: { column: 'a.party_id', type: 'id' },
} as const;

/** Billing, party and settlement accounts. */
export const PARTY_ACCOUNT_LIST: ListSpec = {
  idColumn: 'a.id',
  defaultSort: 'id',
  fields: { ...common, paymentStatus: { column: 'a.payment_status', type: 'string' } },
  selectable: [
    'name',
    'description',
    'accountType',
    'state',
    'paymentStatus',
    'lastModified',
    'creditLimit',
    'accountBalance',
    'billStructure',
    'defaultPaymentMethod',
    'financialAccount',
    'relatedParty',
  ],
};

export const FINANCIAL_ACCOUNT_LIST: ListSpec = {
  idColumn: 'a.id',
  defaultSort: 'id',
  fields: common,
  selectable: ['name', 'description', 'accountType', 'state', 'lastModified', 'creditLimit', 'accountBalance', 'relatedParty'],
};
