import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  refId,
  retryOnVersionConflict,
  scopeOf,
  StateTransitionRecorder,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import { AffiliateDirectory, UserService } from '@contactly/identity';
import { type ContactMediumValues, contactsOf, primaryOf, toContactMedia } from '../party/contact-media.js';
import type { Party } from '../party/party.entity.js';
import { type PartyRecord, PartyRepository } from '../party/party.repository.js';
import { assertNotSelfControlled } from '../party/ownership.policy.js';
import { assertImmutable } from '../party/party-rules.js';
import { customerProcess } from './customer-lifecycle.js';
import { CUSTOMER_LIST } from './customer-list.js';
import { toCustomerView } from './customer.mapper.js';
import type { CreateCustomerDto, CustomerView, UpdateCustomerDto } from './dto/customer.dto.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';
import type { CreateOptions } from '../duplicates/allow-duplicate.query.js';
import { PossibleDuplicates } from '../duplicates/possible-duplicates.js';
import { PhoneNumbers } from '../phone/phone-numbers.js';

/** TMF629 customers: a party becomes a customer, moves through its lifecycle, and stops being one. */
@Injectable()
export class CustomerService {
  constructor(
    private readonly parties: PartyRepository,
    private readonly affiliates: AffiliateDirectory,
    private readonly logins: UserService,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly transitions: StateTransitionRecorder,
    private readonly clock: Clock,
    private readonly phones: PhoneNumbers,
    private readonly duplicates: PossibleDuplicates,
  ) {}

  async list(query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<CustomerView>> {
    const page = await this.parties.list(query, CUSTOMER_LIST, scopeOf(principal), { isCustomer: true });
    return new Page(await this.views(page.items, baseUrl), page.total, page.fields);
  }

  async get(id: number, principal: Principal, baseUrl: string): Promise<Versioned<CustomerView>> {
    const record = await this.load(id, principal);
    return new Versioned(await this.view(record, baseUrl), record.party.version);
  }

  /**
   * Makes a party a customer. Two requests for one party race for its row: the loser runs again on
   * fresh data and finds the customer made (409), as a loser of the delete finds it gone (404).
   * Another customer in the caller's scope with the same email or phone is 409 too, unless
   * `allowDuplicate` (see PossibleDuplicates.refuse for two creates of one person at once).
   */
  async create(
    input: CreateCustomerDto,
    principal: Principal,
    baseUrl: string,
    options: CreateOptions = {},
  ): Promise<Versioned<CustomerView>> {
    const media = input.contactMedium ? toContactMedia(input.contactMedium, this.phones) : undefined;
    return retryOnVersionConflict(
      () => this.createOnce(input, media, principal, baseUrl, options),
      undefined,
      `Party ${input.engagedParty.id}`,
    );
  }

  private createOnce(
    input: CreateCustomerDto,
    media: ContactMediumValues[] | undefined,
    principal: Principal,
    baseUrl: string,
    options: CreateOptions,
  ): Promise<Versioned<CustomerView>> {
    return this.db.transaction(async () => {
      const partyId = refId(input.engagedParty.id);
      // Before any other read of the transaction (see PossibleDuplicates.refuse): the contacts it will have.
      if (!options.allowDuplicate) {
        const contacts = media ? contactsOf(media) : await this.duplicates.storedContactsOf(partyId, scopeOf(principal));
        await this.duplicates.refuse(contacts, scopeOf(principal), baseUrl, partyId);
      }
      const record = await this.parties.findById(partyId, scopeOf(principal));
      if (!record)
        throw unprocessable(CUSTOMERS_ERRORS.ENGAGED_PARTY_NOT_FOUND, `The engaged party ${input.engagedParty.id} does not exist`, [
          { field: 'engagedParty.id', message: 'must name an existing Individual or Organization (create it first)' },
        ]);
      if (record.party.isCustomer) throw conflict(CUSTOMERS_ERRORS.CUSTOMER_EXISTS, `Party ${partyId} is already customer ${partyId}`);
      const status = input.status ?? 'active';
      const now = this.clock.now();
      const party = await this.parties.update(
        record.party,
        {
          isCustomer: true,
          customerName: input.name,
          customerStatus: status,
          customerStatusReason: input.statusReason ?? null,
          customerSince: now,
          updatedAt: now,
          ...(media ? { email: primaryOf(media, 'email'), phone: primaryOf(media, 'phone') } : {}),
        },
        media,
      );
      const view = await this.view(await this.reload(party), baseUrl);
      await this.changes.record({
        resource: 'Customer',
        resourceType: 'customer',
        resourceId: party.id,
        actor: principal,
        before: null,
        after: view,
      });
      return new Versioned(view, party.version);
    });
  }

  async update(
    id: number,
    patch: UpdateCustomerDto,
    expectedVersion: number | undefined,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<CustomerView>> {
    const media = patch.contactMedium ? toContactMedia(patch.contactMedium, this.phones) : undefined;
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const record = await this.load(id, principal);
          const before = await this.view(record, baseUrl);
          assertImmutable(patch, before);
          if (patch.engagedParty && patch.engagedParty.id !== before.engagedParty.id) {
            throw unprocessable(CUSTOMERS_ERRORS.IMMUTABLE_ATTRIBUTE, 'engagedParty cannot be changed', [
              { field: 'engagedParty', message: 'cannot be changed' },
            ]);
          }
          assertVersion(expectedVersion, record.party.version, `Customer ${id}`);
          const current = record.party.customerStatus ?? 'pending';
          assertNotSelfControlled(principal, patch, ['status', 'statusReason'], 'customer record');
          if (patch.status) await customerProcess.assertMove(current, patch.status, undefined, id);
          const party = await this.parties.update(
            record.party,
            {
              customerName: patch.name ?? record.party.customerName,
              customerStatus: patch.status ?? current,
              customerStatusReason: patch.statusReason === undefined ? record.party.customerStatusReason : patch.statusReason,
              updatedAt: this.clock.now(),
              ...(media ? { email: primaryOf(media, 'email'), phone: primaryOf(media, 'phone') } : {}),
            },
            media,
          );
          // A closed customer's subscriber can no longer sign in (a suspended one still can: to see and pay what is due).
          if (patch.status === 'closed' && current !== 'closed') await this.logins.deactivateLoginsOfCustomer(id, principal);
          const after = await this.view(await this.reload(party), baseUrl);
          // The history row here; the CustomerStateChangeEvent comes from the ChangeRecorder.
          if (patch.status)
            await this.transitions.record(
              customerProcess,
              { resourceId: id, from: current, to: patch.status, reason: after.statusReason, resource: null },
              principal,
              { event: false },
            );
          await this.changes.record({ resource: 'Customer', resourceType: 'customer', resourceId: id, actor: principal, before, after });
          return new Versioned(after, party.version);
        }),
      expectedVersion,
      `Customer ${id}`,
    );
  }

  /** The party stays (TMF632); it just is no longer a customer, and its subscriber logins stop working. */
  async delete(id: number, principal: Principal, baseUrl: string): Promise<void> {
    const remove = () =>
      this.db.transaction(async () => {
        const record = await this.load(id, principal);
        const before = await this.view(record, baseUrl);
        await this.parties.update(record.party, {
          isCustomer: false,
          customerName: null,
          customerStatus: null,
          customerStatusReason: null,
          customerSince: null,
          updatedAt: this.clock.now(),
        });
        await this.logins.deactivateLoginsOfCustomer(id, principal);
        await this.changes.record({
          resource: 'Customer',
          resourceType: 'customer',
          resourceId: id,
          actor: principal,
          before,
          after: null,
        });
      });
    // Joined by a caller's transaction (a client's delete), the caller retries the whole of it.
    await (this.db.inTransaction ? remove() : retryOnVersionConflict(remove, undefined, `Customer ${id}`));
  }

  async load(id: number, principal: Principal): Promise<PartyRecord> {
    const record = await this.parties.findById(id, scopeOf(principal), { isCustomer: true });
    if (!record) throw notFound(CUSTOMERS_ERRORS.CUSTOMER_NOT_FOUND, `Customer ${id} does not exist`);
    return record;
  }

  async views(records: PartyRecord[], baseUrl: string): Promise<CustomerView[]> {
    const names = await this.affiliates.namesOf([
      ...new Set(records.map((r) => r.party.affiliateId).filter((v): v is number => v !== null)),
    ]);
    return records.map((record) => toCustomerView(record, baseUrl, names));
  }

  private async view(record: PartyRecord, baseUrl: string): Promise<CustomerView> {
    return (await this.views([record], baseUrl))[0];
  }

  private async reload(party: Party): Promise<PartyRecord> {
    return { party, media: (await this.parties.mediaOf([party.id])).get(party.id) ?? [] };
  }
}
