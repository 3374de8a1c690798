import { PartyTables1764000002000 } from './migrations/1764000002000-party-tables.js';
import { ContactMedium } from './party/contact-medium.entity.js';
import { Party } from './party/party.entity.js';
import { PartySearchKey } from './search/search-key.entity.js';

export { CustomersModule } from './customers.module.js';
export { CustomerService } from './customer/customer.service.js';
export { PartyRepository, type PartyRecord } from './party/party.repository.js';
export { PartyService } from './party/party.service.js';
export { ContactMedium, Party, PartySearchKey };

export const CUSTOMERS_ENTITIES = [Party, ContactMedium, PartySearchKey];
export const CUSTOMERS_MIGRATIONS = [PartyTables1764000002000];
