import { Module } from '@nestjs/common';
import { hubControllerFor, provideSettings } from '@contactly/platform';
import { IdentityModule } from '@contactly/identity';
import { AccountDefaultPayment } from './account/account-default-payment.js';
import { AccountLinks } from './account/account-links.js';
import { ACCOUNT_API } from './account/account-paths.js';
import {
  BillingAccountController,
  FinancialAccountController,
  PartyAccountController,
  SettlementAccountController,
} from './account/account.controller.js';
import { AccountRepository } from './account/account.repository.js';
import { AccountService } from './account/account.service.js';
import {
  BillFormatController,
  BillingCycleSpecificationController,
  BillPresentationMediaController,
} from './account/bill-reference/bill-reference.controller.js';
import { BillReferenceRepository } from './account/bill-reference/bill-reference.repository.js';
import { BillReferenceService } from './account/bill-reference/bill-reference.service.js';
import { BillingAccountService } from './account/billing-account.service.js';
import { CustomerController } from './customer/customer.controller.js';
import { CustomerService } from './customer/customer.service.js';
import { CUSTOMERS_ACCESS } from './customers.access.js';
import { CustomersDemoData } from './demo/customers-demo-data.js';
import { IndividualController, OrganizationController } from './party/party.controller.js';
import { OwnershipPolicy } from './party/ownership.policy.js';
import { PartyRepository } from './party/party.repository.js';
import { PartyService } from './party/party.service.js';
import { CUSTOMER_API, PARTY_API } from './party/tmf-paths.js';
import { PendingRegistrationRepository } from './registration/pending-registration.repository.js';
import { SelfProfileController } from './registration/profile/self-profile.controller.js';
import { SelfProfileService } from './registration/profile/self-profile.service.js';
import { RegistrationPurgeJob } from './registration/registration-purge.job.js';
import { RegistrationVerificationService } from './registration/registration-verification.service.js';
import { RegistrationController } from './registration/registration.controller.js';
import { RegistrationService } from './registration/registration.service.js';
import { CustomerSearchController } from './search/customer-search.controller.js';
import { CustomerSearchRepository } from './search/customer-search.repository.js';
import { PaymentCardController } from './payment-method/payment-card.controller.js';
import { PaymentGatewayController } from './payment-method/payment-gateway.controller.js';
import { PAYMENT_METHOD_API } from './payment-method/payment-method-paths.js';
import { PaymentMethodController } from './payment-method/payment-method.controller.js';
import { PaymentMethodRepository } from './payment-method/payment-method.repository.js';
import { PaymentMethodService } from './payment-method/payment-method.service.js';
import { CustomerSearchService } from './search/customer-search.service.js';
import { CustomerDirectory } from './directory/customer-directory.js';
import { CustomersSettings } from './customers.settings.js';
import { DuplicatesController } from './duplicates/duplicates.controller.js';
import { PossibleDuplicates } from './duplicates/possible-duplicates.js';
import { PhoneNumbers } from './phone/phone-numbers.js';
import { ReferenceListsController } from './reference-lists/reference-lists.controller.js';
import { CustomersReferences } from './references/customers-references.js';
import { CustomerOverviewController } from './overview/customer-overview.controller.js';
import { CustomerOverviewSections } from './overview/customer-overview.port.js';
import { CustomerOverviewService } from './overview/customer-overview.service.js';

/**
 * Customer data: parties (TMF632), customers (TMF629), their contact media and search, their
 * accounts (TMF666) and payment methods (TMF670). Other modules (communications, support hub) use
 * CustomerService and PartyRepository; registration and ordering open billing accounts through
 * BillingAccountService. Subscribers register themselves and edit their profile (self-service).
 */
@Module({
  imports: [IdentityModule],
  controllers: [
    CustomerSearchController,
    DuplicatesController,
    ReferenceListsController,
    CustomerController,
    IndividualController,
    OrganizationController,
    hubControllerFor('customerManagement', CUSTOMER_API, 'customers:read'),
    hubControllerFor('party', PARTY_API, 'customers:read'),
    BillingAccountController,
    PartyAccountController,
    SettlementAccountController,
    FinancialAccountController,
    BillFormatController,
    BillingCycleSpecificationController,
    BillPresentationMediaController,
    hubControllerFor('accountManagement', ACCOUNT_API, 'customers:read'),
    PaymentMethodController,
    PaymentCardController,
    PaymentGatewayController,
    hubControllerFor('paymentMethod', PAYMENT_METHOD_API, 'customers:read'),
    RegistrationController,
    SelfProfileController,
    CustomerOverviewController,
  ],
  providers: [
    provideSettings(CustomersSettings),
    PhoneNumbers,
    PossibleDuplicates,
    CustomerDirectory,
    CustomersReferences,
    PartyRepository,
    PartyService,
    OwnershipPolicy,
    CustomerService,
    CustomerSearchRepository,
    CustomerSearchService,
    CustomersDemoData,
    AccountRepository,
    AccountLinks,
    AccountDefaultPayment,
    AccountService,
    BillingAccountService,
    BillReferenceRepository,
    BillReferenceService,
    PaymentMethodRepository,
    PaymentMethodService,
    PendingRegistrationRepository,
    RegistrationService,
    RegistrationVerificationService,
    RegistrationPurgeJob,
    SelfProfileService,
    CustomerOverviewSections,
    CustomerOverviewService,
    ...CUSTOMERS_ACCESS,
  ],
  exports: [CustomerDirectory, PartyService, CustomerService, BillingAccountService, PhoneNumbers, CustomerOverviewSections],
})
export class CustomersModule {}
