import { Module } from '@nestjs/common';
import { hubControllerFor } from '@contactly/platform';
import { IdentityModule } from '@contactly/identity';
import { CustomerController } from './customer/customer.controller.js';
import { CustomerService } from './customer/customer.service.js';
import { CustomersDemoData } from './demo/customers-demo-data.js';
import { IndividualController, OrganizationController } from './party/party.controller.js';
import { OwnershipPolicy } from './party/ownership.policy.js';
import { PartyRepository } from './party/party.repository.js';
import { PartyService } from './party/party.service.js';
import { CUSTOMER_API, PARTY_API } from './party/tmf-paths.js';
import { CustomerSearchController } from './search/customer-search.controller.js';
import { CustomerSearchRepository } from './search/customer-search.repository.js';
import { CustomerSearchService } from './search/customer-search.service.js';

/**
 * Customer data: parties (TMF632), customers (TMF629), their contact media and search. Other
 * modules (communications, support hub) use CustomerService and PartyRepository.
 */
@Module({
  imports: [IdentityModule],
  controllers: [
    CustomerSearchController,
    CustomerController,
    IndividualController,
    OrganizationController,
    hubControllerFor('customerManagement', CUSTOMER_API, 'customers:read'),
    hubControllerFor('party', PARTY_API, 'customers:read'),
  ],
  providers: [PartyRepository, PartyService, OwnershipPolicy, CustomerService, CustomerSearchRepository, CustomerSearchService, CustomersDemoData],
  exports: [PartyRepository, PartyService, CustomerService],
})
export class CustomersModule {}
