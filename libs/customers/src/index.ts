export { CustomersModule } from './customers.module.js';
export { CustomerService } from './customer/customer.service.js';
export { PartyService } from './party/party.service.js';
export { AllowDuplicateQuery, type CreateOptions, createOptionsOf } from './duplicates/allow-duplicate.query.js';
export { PHONE_FORMATS } from './phone/phone.field.js';
export { BillingAccountService } from './account/billing-account.service.js';
export { type CustomerFacts, CustomerDirectory, type PartyJoin } from './directory/customer-directory.js';
export type { PartyView } from './directory/party-view.js';
export {
  CustomerOverviewSections,
  type OverviewContributor,
  type OverviewSections,
  type OverviewSubject,
} from './overview/customer-overview.port.js';
export type {
  OverviewCasesView,
  OverviewChannelView,
  OverviewCommunicationsView,
  OverviewContactView,
  OverviewSubscriptionsView,
} from './overview/dto/customer-overview.dto.js';

export { CUSTOMERS_PERMISSIONS } from './customers.permissions.js';
export { CUSTOMERS_ERRORS, type CustomersErrorCode } from './customers-errors.js';
