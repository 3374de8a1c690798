import type { ListSpec } from '@contactly/platform';
import { CUSTOMERS_ERRORS, type CustomersErrorCode } from '../customers-errors.js';
import { BILLING_ACCOUNT_PATH, FINANCIAL_ACCOUNT_PATH, PARTY_ACCOUNT_PATH, SETTLEMENT_ACCOUNT_PATH } from './account-paths.js';
import { FINANCIAL_ACCOUNT_LIST, PARTY_ACCOUNT_LIST } from './account-lists.js';
import type { AccountKind } from './account.entity.js';
import {
  CreateFinancialAccountDto,
  CreatePartyAccountDto,
  FinancialAccountView,
  PartyAccountView,
  UpdateFinancialAccountDto,
  UpdatePartyAccountDto,
} from './dto/account.dto.js';

/** One TMF666 account collection: what the shared service and controller need to serve it. */
export interface AccountApi {
  kind: AccountKind;
  /** The TMF resource name: `@type` and event names (`BillingAccountCreateEvent`). */
  resource: string;
  /** The resource name in paths and event bodies (`billingAccount`). */
  type: string;
  /** For people and error messages ("Billing account 7 does not exist"). */
  label: string;
  /** The code of an unknown id (`BILLING_ACCOUNT_NOT_FOUND`). */
  notFoundCode: CustomersErrorCode;
  path: string;
  list: ListSpec;
  create: new () => object;
  update: new () => object;
  view: new () => object;
  /** Whether `relatedParty` (the owner) is mandatory on create (TMF666: all but financial accounts). */
  ownerRequired: boolean;
}

const partyAccount = {
  list: PARTY_ACCOUNT_LIST,
  create: CreatePartyAccountDto,
  update: UpdatePartyAccountDto,
  view: PartyAccountView,
  ownerRequired: true,
};

export const ACCOUNT_APIS: Record<AccountKind, AccountApi> = {
  billing: {
    kind: 'billing',
    resource: 'BillingAccount',
    type: 'billingAccount',
    label: 'Billing account',
    notFoundCode: CUSTOMERS_ERRORS.BILLING_ACCOUNT_NOT_FOUND,
    path: BILLING_ACCOUNT_PATH,
    ...partyAccount,
  },
  party: {
    kind: 'party',
    resource: 'PartyAccount',
    type: 'partyAccount',
    label: 'Party account',
    notFoundCode: CUSTOMERS_ERRORS.PARTY_ACCOUNT_NOT_FOUND,
    path: PARTY_ACCOUNT_PATH,
    ...partyAccount,
  },
  settlement: {
    kind: 'settlement',
    resource: 'SettlementAccount',
    type: 'settlementAccount',
    label: 'Settlement account',
    notFoundCode: CUSTOMERS_ERRORS.SETTLEMENT_ACCOUNT_NOT_FOUND,
    path: SETTLEMENT_ACCOUNT_PATH,
    ...partyAccount,
  },
  financial: {
    kind: 'financial',
    resource: 'FinancialAccount',
    type: 'financialAccount',
    label: 'Financial account',
    notFoundCode: CUSTOMERS_ERRORS.FINANCIAL_ACCOUNT_NOT_FOUND,
    path: FINANCIAL_ACCOUNT_PATH,
    list: FINANCIAL_ACCOUNT_LIST,
    create: CreateFinancialAccountDto,
    update: UpdateFinancialAccountDto,
    view: FinancialAccountView,
    ownerRequired: false,
  },
};
