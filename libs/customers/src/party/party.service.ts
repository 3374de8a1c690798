import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  assertVersion,
  Clock,
  type DataScope,
  Database,
  ChangeRecorder,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  conflict,
  scopeOf,
  Versioned,
  ReferenceHolders,
  lockRowsById,
} from '@contactly/platform';
import { AffiliateDirectory } from '@contactly/identity';
import { type ContactMediumValues, contactsOf, primaryOf, toContactMedia } from './contact-media.js';
import type { CreateIndividualDto, UpdateIndividualDto } from './dto/individual.dto.js';
import type { CreateOrganizationDto, UpdateOrganizationDto } from './dto/organization.dto.js';
import { assertNotSelfControlled, OwnershipPolicy } from './ownership.policy.js';
import { INDIVIDUAL_LIST, ORGANIZATION_LIST } from './party-lists.js';
import { fullNameOf, toIndividualView, toOrganizationView } from './party.mapper.js';
import { Party, type PartyType } from './party.entity.js';
import { type PartyRecord, PartyRepository } from './party.repository.js';
import { assertBirthDate, assertImmutable } from './party-rules.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';
import type { CreateOptions } from '../duplicates/allow-duplicate.query.js';
import { PossibleDuplicates } from '../duplicates/possible-duplicates.js';
import { PhoneNumbers } from '../phone/phone-numbers.js';

export type PartyInput = CreateIndividualDto | CreateOrganizationDto;
export type PartyPatch = UpdateIndividualDto | UpdateOrganizationDto;
/** The name and detail attributes of either kind of party, as a create or a patch sends them. */
type PartyFieldsInput = Partial<Omit<CreateIndividualDto, 'status'> & Omit<CreateOrganizationDto, 'status'>>;

const RESOURCE = { individual: 'Individual', organization: 'Organization' } as const;
const NOT_FOUND = { individual: CUSTOMERS_ERRORS.INDIVIDUAL_NOT_FOUND, organization: CUSTOMERS_ERRORS.ORGANIZATION_NOT_FOUND } as const;
const IN_USE = { individual: CUSTOMERS_ERRORS.INDIVIDUAL_IN_USE, organization: CUSTOMERS_ERRORS.ORGANIZATION_IN_USE } as const;

/** TMF632 parties: individuals and organizations, within the caller's scope. */
@Injectable()
export class PartyService {
  constructor(
    private readonly parties: PartyRepository,
    private readonly affiliates: AffiliateDirectory,
    private readonly ownership: OwnershipPolicy,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
    private readonly references: ReferenceHolders,
    private readonly phones: PhoneNumbers,
    private readonly duplicates: PossibleDuplicates,
  ) {}

  async list(type: PartyType, query: ListQuery, principal: Principal, baseUrl: string) {
    const page = await this.parties.list(query, type === 'individual' ? INDIVIDUAL_LIST : ORGANIZATION_LIST, scopeOf(principal), {
      partyType: type,
    });
    const names = await this.affiliates.namesOf(page.items.map((r) => r.party.affiliateId).filter((id): id is number => id !== null));
    return new Page(
      page.items.map((record) => this.view(type, record, baseUrl, names)),
      page.total,
      page.fields,
    );
  }

  async get(type: PartyType, id: number, principal: Principal, baseUrl: string) {
    const record = await this.load(type, id, scopeOf(principal));
    return new Versioned(await this.present(type, record, baseUrl), record.party.version);
  }

  /** Refused (409) when an existing customer in the caller's scope has one of its emails or phones, unless `allowDuplicate`. */
  async create(type: PartyType, input: PartyInput, principal: Principal, baseUrl: string, options: CreateOptions = {}) {
    const media = toContactMedia(input.contactMedium ?? [], this.phones);
    const values = this.valuesOf(type, input);
    return this.db.transaction(async () => {
      // First in the transaction: see PossibleDuplicates.refuse.
      if (!options.allowDuplicate) await this.duplicates.refuse(contactsOf(media), scopeOf(principal), baseUrl);
      const affiliateId = await this.ownership.ownerForCreate(principal, input.relatedParty);
      const now = this.clock.now();
      const party = await this.parties.insert(
        {
          ...EMPTY_PARTY,
          ...values,
          partyType: type,
          fullName: fullNameOf({ partyType: type, ...EMPTY_PARTY, ...values }),
          status: input.status ?? 'initialized',
          affiliateId,
          email: primaryOf(media, 'email'),
          phone: primaryOf(media, 'phone'),
          createdAt: now,
          updatedAt: now,
        },
        media,
      );
      const view = await this.present(
        type,
        { party, media: await this.parties.mediaOf([party.id]).then((m) => m.get(party.id) ?? []) },
        baseUrl,
      );
      await this.changes.record({
        resource: RESOURCE[type],
        resourceType: type,
        resourceId: party.id,
        actor: principal,
        before: null,
        after: view,
      });
      return new Versioned(view, party.version);
    });
  }

  async update(type: PartyType, id: number, patch: PartyPatch, expectedVersion: number | undefined, principal: Principal, baseUrl: string) {
    const media = patch.contactMedium ? toContactMedia(patch.contactMedium, this.phones) : undefined;
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const record = await this.load(type, id, scopeOf(principal));
          assertNotSelfControlled(principal, patch, ['status'], 'party');
          const before = await this.present(type, record, baseUrl);
          assertImmutable(patch, before);
          assertVersion(expectedVersion, record.party.version, `${RESOURCE[type]} ${id}`);
          const merged = { ...record.party, ...this.valuesOf(type, patch, record.party) };
          const changes: Partial<Party> = {
            ...this.valuesOf(type, patch, record.party),
            fullName: fullNameOf(merged),
            status: patch.status ?? record.party.status,
            updatedAt: this.clock.now(),
            ...(media ? { email: primaryOf(media, 'email'), phone: primaryOf(media, 'phone') } : {}),
          };
          const party = await this.parties.update(record.party, changes, media);
          const after = await this.present(type, { party, media: (await this.parties.mediaOf([id])).get(id) ?? [] }, baseUrl);
          await this.changes.record({ resource: RESOURCE[type], resourceType: type, resourceId: id, actor: principal, before, after });
          return new Versioned(after, party.version);
        }),
      expectedVersion,
      `${RESOURCE[type]} ${id}`,
    );
  }

  async delete(type: PartyType, id: number, principal: Principal, baseUrl: string): Promise<void> {
    await this.db.transaction(async () => {
      // First, before any read: a writer adding a reference to this row (lockForReference) finishes
      // first, or waits and then finds it gone; the holders' checks below then see what it wrote.
      await lockRowsById(this.db, Party, [id]);
      const record = await this.load(type, id, scopeOf(principal));
      if (record.party.isCustomer)
        throw conflict(CUSTOMERS_ERRORS.PARTY_IS_CUSTOMER, `${RESOURCE[type]} ${id} is a customer: delete the customer first`);
      const before = await this.present(type, record, baseUrl);
      // Libs above customers refer to parties by id: each refuses (409) or lets go here, in this transaction.
      await this.references.beforeDelete('party', id, { code: IN_USE[type], label: `${RESOURCE[type]} ${id}` }, principal);
      await this.parties.delete(id);
      await this.changes.record({ resource: RESOURCE[type], resourceType: type, resourceId: id, actor: principal, before, after: null });
    });
  }

  async load(type: PartyType, id: number, scope: DataScope): Promise<PartyRecord> {
    const record = await this.parties.findById(id, scope, { partyType: type });
    if (!record) throw notFound(NOT_FOUND[type], `${RESOURCE[type]} ${id} does not exist`);
    return record;
  }

  private async present(type: PartyType, record: PartyRecord, baseUrl: string) {
    const names = await this.affiliates.namesOf(record.party.affiliateId !== null ? [record.party.affiliateId] : []);
    return this.view(type, record, baseUrl, names);
  }

  private view(type: PartyType, record: PartyRecord, baseUrl: string, names: Map<number, string>) {
    return type === 'individual' ? toIndividualView(record, baseUrl, names) : toOrganizationView(record, baseUrl, names);
  }

  /** The columns a create or patch sets (a patch keeps what it does not mention). */
  private valuesOf(type: PartyType, input: PartyFieldsInput, current?: Party): Partial<Party> {
    const pick = <K extends keyof Party>(value: Party[K] | undefined, key: K): Party[K] | null =>
      value === undefined ? (current ? current[key] : null) : value;
    if (type === 'individual') {
      if (input.birthDate) assertBirthDate(input.birthDate, this.clock.now());
      return {
        givenName: pick(input.givenName, 'givenName'),
        familyName: pick(input.familyName, 'familyName'),
        middleName: pick(input.middleName, 'middleName'),
        title: pick(input.title, 'title'),
        gender: pick(input.gender, 'gender'),
        birthDate: pick(input.birthDate, 'birthDate'),
        nationality: pick(input.nationality, 'nationality'),
      };
    }
    if ('name' in input && input.name === '')
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'name must not be empty', [{ field: 'name', message: 'must not be empty' }]);
    return {
      tradingName: pick(input.tradingName, 'tradingName'),
      legalName: pick(input.name, 'legalName'),
      organizationType: pick(input.organizationType, 'organizationType'),
    };
  }
}

const EMPTY_PARTY = {
  givenName: null,
  middleName: null,
  familyName: null,
  title: null,
  gender: null,
  birthDate: null,
  nationality: null,
  tradingName: null,
  legalName: null,
  organizationType: null,
  isCustomer: false,
  customerName: null,
  customerStatus: null,
  customerStatusReason: null,
  customerSince: null,
} satisfies Partial<Party>;

export type { ContactMediumValues };
