/** Base path of TMF666 Account Management and the collections it serves. */
export const ACCOUNT_API = '/tmf-api/accountManagement/v4';
export const BILLING_ACCOUNT_PATH = `${ACCOUNT_API}/billingAccount`;
export const PARTY_ACCOUNT_PATH = `${ACCOUNT_API}/partyAccount`;
export const SETTLEMENT_ACCOUNT_PATH = `${ACCOUNT_API}/settlementAccount`;
export const FINANCIAL_ACCOUNT_PATH = `${ACCOUNT_API}/financialAccount`;
export const BILL_FORMAT_PATH = `${ACCOUNT_API}/billFormat`;
export const BILLING_CYCLE_SPECIFICATION_PATH = `${ACCOUNT_API}/billingCycleSpecification`;
export const BILL_PRESENTATION_MEDIA_PATH = `${ACCOUNT_API}/billPresentationMedia`;
