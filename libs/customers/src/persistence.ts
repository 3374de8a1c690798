import type { LibPersistence } from '@contactly/platform';
import { AccountPresentationMedia } from './account/account-presentation-media.entity.js';
import { Account } from './account/account.entity.js';
import { BillFormat, BillingCycleSpecification, BillPresentationMedia } from './account/bill-reference/bill-reference.entity.js';
import { PartyTables1764000002000 } from './migrations/1764000002000-party-tables.js';
import { AccountTables1764000002100 } from './migrations/1764000002100-account-tables.js';
import { Registration1764000002200 } from './migrations/1764000002200-registration.js';
import { CustomerSearchKeys1764000002300 } from './migrations/1764000002300-customer-search-keys.js';
import { PartyClientColumns1764000005100 } from './migrations/1764000005100-party-client-columns.js';
import { PartySocialMedia1764000005150 } from './migrations/1764000005150-party-social-media.js';
import { CustomersCrossLibReferences1764000007000 } from './migrations/1764000007000-customers-cross-lib-references.js';
import { BillReferenceNamesNotUnique1764000007500 } from './migrations/1764000007500-bill-reference-names-not-unique.js';
import { PartyWithoutClientColumns1764000007650 } from './migrations/1764000007650-party-without-client-columns.js';
import { ContactClaims1764000013100 } from './migrations/1764000013100-contact-claims.js';
import { PhoneNumbersE1641764000013150 } from './migrations/1764000013150-phone-numbers-e164.js';
import { ContactClaim } from './duplicates/contact-claim.entity.js';
import { PaymentMethod } from './payment-method/payment-method.entity.js';
import { ContactMedium } from './party/contact-medium.entity.js';
import { Party } from './party/party.entity.js';
import { PendingRegistration } from './registration/pending-registration.entity.js';
import { PartySearchKey } from './search/search-key.entity.js';

/**
 * The customers lib's entities and migrations, for the app's data source (and its tests) only. A separate
 * entry (`@contactly/customers/persistence`) that dependency-cruiser lets only the app composition, scripts, benchmarks and
 * tests import: no other lib gets these entity classes to query the customers lib's tables with.
 */
export const CUSTOMERS_PERSISTENCE: LibPersistence = {
  entities: [
    Party,
    ContactMedium,
    PartySearchKey,
    BillFormat,
    BillPresentationMedia,
    BillingCycleSpecification,
    PaymentMethod,
    Account,
    AccountPresentationMedia,
    PendingRegistration,
    ContactClaim,
  ],
  migrations: [
    PartyTables1764000002000,
    AccountTables1764000002100,
    Registration1764000002200,
    CustomerSearchKeys1764000002300,
    PartyClientColumns1764000005100,
    PartySocialMedia1764000005150,
    CustomersCrossLibReferences1764000007000,
    BillReferenceNamesNotUnique1764000007500,
    PartyWithoutClientColumns1764000007650,
    ContactClaims1764000013100,
    PhoneNumbersE1641764000013150,
  ],
};
