import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock, Database, LeaseService, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { AffiliateDirectory, DEMO_PASSWORD, PasswordHasher, UserService } from '@contactly/identity';
import { BillingAccountService } from '../account/billing-account.service.js';
import { demoOpeningBalance } from './demo-balances.js';
import type { ContactMediumValues } from '../party/contact-media.js';
import { fullNameOf } from '../party/party.mapper.js';
import type { Party } from '../party/party.entity.js';
import { PartyRepository } from '../party/party.repository.js';
import {
  CITIES,
  COMPANY_KINDS,
  COMPANY_WORDS,
  CYRILLIC_FAMILY,
  CYRILLIC_GIVEN,
  emailLocalPart,
  FAMILY_NAMES,
  GENDER_OF_GIVEN_NAME,
  GIVEN_NAMES,
  russianSurname,
} from './demo-names.js';

export const DEMO_CUSTOMER_COUNT = 200;

/**
 * About 200 realistic customers for a newcomer's first start (SEED_DEMO_DATA): individuals (B2C)
 * and organizations (B2B), Latin and Cyrillic names, spread over the demo affiliates and the
 * operator. Deterministic, and only into a database without customers.
 */
@Injectable()
export class CustomersDemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger(CustomersDemoData.name);

  constructor(
    private readonly config: AppConfig,
    private readonly parties: PartyRepository,
    private readonly affiliates: AffiliateDirectory,
    private readonly db: Database,
    private readonly lease: LeaseService,
    private readonly clock: Clock,
    private readonly billingAccounts: BillingAccountService,
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    await this.lease.runExclusive('customers-demo-data', 120_000, () => this.seed());
  }

  async seed(): Promise<void> {
    if (await this.parties.any()) return;
    const owners: (number | null)[] = [null, ...(await this.affiliates.allIds())];
    const now = this.clock.now();
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.db.transaction(async () => {
      for (let i = 0; i < DEMO_CUSTOMER_COUNT; i += 1) {
        const { party, media } = demoCustomer(i, owners[i % owners.length], now);
        const saved = await this.parties.insert(party, media);
        const opening = demoOpeningBalance(i, saved.customerStatusReason);
        await this.billingAccounts.openDefault(saved.id, `${saved.fullName} — main account`, SYSTEM_PRINCIPAL, undefined, opening);
        // The first customer can sign in to self-service, so the subscriber's view can be tried at once.
        if (i === 0)
          await this.users.createSubscriberLogin(
            { username: saved.email!, displayName: saved.fullName, email: saved.email!, customerId: saved.id, passwordHash },
            SYSTEM_PRINCIPAL,
          );
      }
    });
    this.logger.log(
      `Seeded ${DEMO_CUSTOMER_COUNT} demo customers with billing accounts; subscriber login ${demoCustomer(0, null, now).party.email}`,
    );
  }
}

/** The i-th demo customer: every 5th an organization, every 3rd person a Cyrillic name. */
export function demoCustomer(
  i: number,
  affiliateId: number | null,
  now: Date,
): { party: Omit<Party, 'id' | 'version' | 'affiliate'>; media: ContactMediumValues[] } {
  const place = CITIES[i % CITIES.length];
  const isOrganization = i % 5 === 4;
  const cyrillic = !isOrganization && i % 3 === 2;
  const givenName = isOrganization
    ? null
    : (cyrillic ? CYRILLIC_GIVEN : GIVEN_NAMES)[i % (cyrillic ? CYRILLIC_GIVEN.length : GIVEN_NAMES.length)];
  const gender = givenName ? (GENDER_OF_GIVEN_NAME[givenName] ?? null) : null;
  const surname = isOrganization
    ? null
    : (cyrillic ? CYRILLIC_FAMILY : FAMILY_NAMES)[Math.floor(i / 3) % (cyrillic ? CYRILLIC_FAMILY.length : FAMILY_NAMES.length)];
  const familyName = surname && cyrillic && gender ? russianSurname(surname, gender) : surname;
  const tradingName = isOrganization
    ? `${COMPANY_WORDS[i % COMPANY_WORDS.length]} ${COMPANY_KINDS[Math.floor(i / 5) % COMPANY_KINDS.length]}`
    : null;
  const email = `${emailLocalPart(...(isOrganization ? [tradingName ?? 'company'] : [givenName ?? '', familyName ?? '']))}${i}@${isOrganization ? 'business' : 'mail'}.example`;
  const phone = `${place.phonePrefix}${String(i).padStart(place.phoneDigits, '0')}`;
  const media: ContactMediumValues[] = [
    { ...NO_ADDRESS, mediumType: 'email', preferred: true, emailAddress: email },
    { ...NO_ADDRESS, mediumType: 'phone', preferred: true, phoneNumber: phone },
    {
      ...NO_ADDRESS,
      mediumType: 'postalAddress',
      preferred: false,
      street1: `${10 + (i % 90)} ${isOrganization ? 'Commerce' : 'Station'} Road`,
      city: place.city,
      postCode: place.postCode,
      country: place.country,
    },
  ];
  const names = {
    partyType: isOrganization ? ('organization' as const) : ('individual' as const),
    givenName,
    middleName: null,
    familyName,
    tradingName,
  };
  const status = i % 17 === 0 ? 'suspended' : i % 29 === 0 ? 'closed' : 'active';
  const since = new Date(now.getTime() - (i + 1) * 86_400_000 * 3);
  return {
    party: {
      ...names,
      title: null,
      gender,
      birthDate: isOrganization
        ? null
        : `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      nationality: isOrganization ? null : place.country,
      legalName: isOrganization ? `${tradingName} ${place.country === 'RU' ? 'ООО' : 'Ltd'}` : null,
      organizationType: isOrganization ? 'company' : null,
      fullName: fullNameOf(names),
      status: 'validated',
      isCustomer: true,
      customerName: fullNameOf(names),
      customerStatus: status,
      customerStatusReason: status === 'suspended' ? 'Payment overdue' : null,
      customerSince: since,
      affiliateId,
      email,
      phone,
      createdAt: since,
      updatedAt: since,
    },
    media,
  };
}

const NO_ADDRESS = {
  emailAddress: null,
  phoneNumber: null,
  street1: null,
  street2: null,
  city: null,
  postCode: null,
  stateOrProvince: null,
  country: null,
};
