import { fromMinorUnits, tmfHref, tmfRef, toTimePeriodView } from '@contactly/platform';
import type { Party } from '../party/party.entity.js';
import { partyRef } from '../party/party.mapper.js';
import { CUSTOMER_PATH } from '../party/tmf-paths.js';
import { PAYMENT_METHOD_PATH } from '../payment-method/payment-method-paths.js';
import { ACCOUNT_APIS } from './account-kinds.js';
import { BILL_FORMAT_PATH, BILL_PRESENTATION_MEDIA_PATH, BILLING_CYCLE_SPECIFICATION_PATH } from './account-paths.js';
import type { AccountRecord } from './account.repository.js';
import type { Account } from './account.entity.js';
import type { BillReference } from './bill-reference/bill-reference.entity.js';
import type { FinancialAccountView, PartyAccountView } from './dto/account.dto.js';

/**
 * The owner as a TMF RelatedParty: the customer when the party is one (same id), else the party.
 * Also used by payment methods.
 */
export function ownerRef(party: Party, baseUrl: string) {
  if (party.isCustomer) {
    return tmfRef({
      id: party.id,
      href: tmfHref(baseUrl, CUSTOMER_PATH, party.id),
      name: party.customerName ?? party.fullName,
      role: 'owner',
      referredType: 'Customer',
    });
  }
  return { ...partyRef(party, baseUrl), role: 'owner' };
}

/** A TMF AccountRef to any kind of account. */
export function accountRef(account: Account, baseUrl: string) {
  const api = ACCOUNT_APIS[account.kind];
  return tmfRef({ id: account.id, href: tmfHref(baseUrl, api.path, account.id), name: account.name, referredType: api.resource });
}

const catalogueRef = (row: BillReference, path: string, referredType: string, baseUrl: string) => ({
  id: String(row.id),
  href: tmfHref(baseUrl, path, row.id),
  name: row.name,
  isRef: true,
  '@referredType': referredType,
});

/** What every kind of account shows. */
function accountBody({ account }: AccountRecord, baseUrl: string) {
  const api = ACCOUNT_APIS[account.kind];
  return {
    id: String(account.id),
    href: tmfHref(baseUrl, api.path, account.id),
    name: account.name,
    description: account.description,
    accountType: account.accountType,
    state: account.state,
    lastModified: account.updatedAt.toISOString(),
    creditLimit: account.creditLimitMinor === null ? null : fromMinorUnits(account.creditLimitMinor, account.currency),
    // One receivable balance, kept by billing; validFor starts when the account was opened.
    accountBalance: [
      {
        balanceType: 'receivableBalance',
        amount: fromMinorUnits(account.balanceMinor, account.currency),
        validFor: toTimePeriodView({ from: account.createdAt, to: null }),
      },
    ],
    relatedParty: account.party ? [ownerRef(account.party, baseUrl)] : [],
  };
}

export function toPartyAccountView(record: AccountRecord, baseUrl: string): PartyAccountView {
  const { account, media } = record;
  const method = account.defaultPaymentMethod;
  return {
    ...accountBody(record, baseUrl),
    paymentStatus: account.paymentStatus,
    billStructure: {
      cycleSpecification: account.billingCycleSpecification
        ? catalogueRef(account.billingCycleSpecification, BILLING_CYCLE_SPECIFICATION_PATH, 'BillingCycleSpecification', baseUrl)
        : null,
      format: account.billFormat ? catalogueRef(account.billFormat, BILL_FORMAT_PATH, 'BillFormat', baseUrl) : null,
      presentationMedia: media.map((m) => catalogueRef(m, BILL_PRESENTATION_MEDIA_PATH, 'BillPresentationMedia', baseUrl)),
    },
    defaultPaymentMethod: method
      ? tmfRef({ id: method.id, href: tmfHref(baseUrl, PAYMENT_METHOD_PATH, method.id), name: method.name, referredType: 'PaymentMethod' })
      : null,
    financialAccount: account.financialAccount ? accountRef(account.financialAccount, baseUrl) : null,
    '@type': ACCOUNT_APIS[account.kind].resource,
  };
}

export function toFinancialAccountView(record: AccountRecord, baseUrl: string): FinancialAccountView {
  return { ...accountBody(record, baseUrl), '@type': 'FinancialAccount' };
}

export const toAccountView = (record: AccountRecord, baseUrl: string): PartyAccountView | FinancialAccountView =>
  record.account.kind === 'financial' ? toFinancialAccountView(record, baseUrl) : toPartyAccountView(record, baseUrl);
