import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  ChangeRecorder,
  Clock,
  Database,
  invalid,
  type ListQuery,
  Page,
  type Principal,
  retryOnVersionConflict,
  scopeOf,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import { type CreateOptions, CustomerService, PartyService } from '@contactly/customers';
import { BookingService } from '../booking/booking.service.js';
import { CommunicationRepository } from '../communication/communication.repository.js';
import { isTimeZone } from '../shared/names.js';
import { CLIENT_DOCUMENT_KEYS, CLIENT_LIST } from './client.list.js';
import { documentShape, toClientView } from './client.mapper.js';
import { attributesOf, CLIENT_DEFAULTS } from './client-attributes.js';
import { ClientDirectory, type ClientRecord, clientVersionOf } from './client-directory.js';
import { checkedSocialAccounts } from './social-media.js';
import type {
  AddClientDto,
  BookClientDto,
  ClientAvailabilityView,
  ClientExtendedView,
  ClientView,
  EditClientDto,
} from './dto/client.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** The UTC calendar date of an ISO 8601 date-time, as the party keeps a birth date. */
const utcDateOf = (value: string) => new Date(value).toISOString().slice(0, 10);

/**
 * Clients of the communications platform, which are the customers of the customers lib: adding a
 * client creates an Individual (TMF632) that is a customer (TMF629) through that lib's services,
 * so the TMF APIs list it and every customer is a client. Availability, time zone and social-media
 * accounts are the platform's own attributes of the same record, kept in its `client_profile`; a
 * client's version (ETag) counts the writes of both (clientVersionOf).
 */
@Injectable()
export class ClientService {
  constructor(
    private readonly clients: ClientDirectory,
    private readonly parties: PartyService,
    private readonly customers: CustomerService,
    private readonly bookings: BookingService,
    private readonly communications: CommunicationRepository,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  /** A page of clients (`availableOnly`: those available for communication), the document's keys unless `fields` asks. */
  async list(query: ListQuery, principal: Principal, availableOnly = false): Promise<Page<ClientExtendedView>> {
    const narrowed = availableOnly
      ? {
          ...query,
          filters: [
            ...query.filters,
            { field: 'available', column: CLIENT_LIST.fields.available.column, operator: '=' as const, value: true },
          ],
        }
      : query;
    const page = await this.clients.list(narrowed, CLIENT_LIST, scopeOf(principal));
    return new Page(await this.views(page.items), page.total, query.fields ?? [...CLIENT_DOCUMENT_KEYS]);
  }

  async get(id: number, principal: Principal): Promise<Versioned<ClientView>> {
    const record = await this.clients.load(id, scopeOf(principal));
    return new Versioned(documentShape((await this.views([record]))[0]), clientVersionOf(record));
  }

  /** A page of the clients among `ids` (a booking's, a group's page of them) that the principal may see. */
  async pageOf(ids: number[], total: number, fields: string[] | null, principal: Principal): Promise<Page<ClientExtendedView>> {
    const records = await this.clients.findMany(ids, scopeOf(principal));
    return new Page(await this.views(records), total, fields ?? [...CLIENT_DOCUMENT_KEYS]);
  }

  /** Views of several clients: their current bookings in one query, their latest communications in another. */
  async views(records: ClientRecord[]): Promise<ClientExtendedView[]> {
    const ids = records.map((r) => r.party.id);
    const [bookings, latest] = await Promise.all([this.bookings.currentOf(ids), this.communications.latestOf(ids)]);
    return records.map((record) => toClientView(record, bookings.get(record.party.id) ?? null, latest.get(record.party.id) ?? null));
  }

  /** Refused (409) when a customer in the actor's scope has the same email or phone, unless `options.allowDuplicate`. */
  async add(input: AddClientDto, actor: Principal, baseUrl: string, options: CreateOptions = {}): Promise<Versioned<ClientView>> {
    const timeZone = this.timeZone(input.timeZone);
    const socialMedia = checkedSocialAccounts(input.socialMedia ?? null);
    const contactMedium = [
      ...(input.email ? [{ mediumType: 'email' as const, preferred: true, characteristic: { emailAddress: input.email } }] : []),
      ...(input.phone ? [{ mediumType: 'phone' as const, preferred: true, characteristic: { phoneNumber: input.phone } }] : []),
    ];
    return this.db.transaction(async () => {
      const individual = await this.parties.create(
        'individual',
        {
          givenName: input.firstName,
          familyName: input.lastName,
          birthDate: input.birthDate ? utcDateOf(input.birthDate) : null,
          contactMedium,
        },
        actor,
        baseUrl,
        options,
      );
      const id = Number(individual.body.id);
      await this.customers.create(
        { name: `${input.firstName} ${input.lastName}`, engagedParty: { id: String(id), '@referredType': 'Individual' } },
        actor,
        baseUrl,
        options,
      );
      // The client's profile comes with it, in the same transaction (defaults included).
      const record = await this.clients.setAttributes(
        await this.clients.load(id, scopeOf(actor)),
        { available: input.available ?? true, timeZone: timeZone ?? null, socialMedia },
        this.clock.now(),
      );
      const view = (await this.views([record]))[0];
      await this.changes.record({
        resource: 'Client',
        resourceType: 'client',
        resourceId: id,
        actor,
        before: null,
        after: view,
        stateAttribute: 'available',
      });
      return new Versioned(documentShape(view), clientVersionOf(record));
    });
  }

  /** `PUT /clients/edit/:id`: what is sent changes (names and birth date on the party, availability, zone and social accounts here). */
  async edit(
    id: number,
    input: EditClientDto,
    expectedVersion: number | undefined,
    actor: Principal,
    baseUrl: string,
  ): Promise<Versioned<ClientView>> {
    const timeZone = this.timeZone(input.timeZone);
    const socialMedia = input.socialMedia === undefined ? undefined : checkedSocialAccounts(input.socialMedia);
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const scope = scopeOf(actor);
          let record = await this.clients.load(id, scope);
          assertVersion(expectedVersion, clientVersionOf(record), `Client ${id}`);
          const before = (await this.views([record]))[0];
          const party = record.party;
          const birthDate = input.birthDate === undefined ? undefined : input.birthDate === null ? null : utcDateOf(input.birthDate);
          const nameChange = { givenName: input.firstName, familyName: input.lastName, birthDate };
          const changesParty =
            (input.firstName !== undefined && input.firstName !== party.givenName) ||
            (input.lastName !== undefined && input.lastName !== party.familyName) ||
            (birthDate !== undefined && birthDate !== party.birthDate);
          if (changesParty) {
            if (party.partyType !== 'individual') {
              throw unprocessable(
                COMMUNICATIONS_ERRORS.CLIENT_IS_ORGANIZATION,
                `Client ${id} is an organization: change its names under /tmf-api/party/v4/organization/${id}`,
                [{ field: 'firstName', message: 'does not apply to an organization' }],
              );
            }
            await this.parties.update('individual', id, nameChange, undefined, actor, baseUrl);
            record = await this.clients.load(id, scope);
          }
          const current = attributesOf(record.profile);
          const available = input.available ?? current.available;
          const zone = input.timeZone === undefined ? current.timeZone : (timeZone ?? null);
          const accounts = socialMedia === undefined ? current.socialMedia : socialMedia;
          // Both sides are in canonical (alphabetical) order, so equal accounts are equal JSON.
          const accountsChange = JSON.stringify(accounts) !== JSON.stringify(current.socialMedia);
          if (available !== current.available || zone !== current.timeZone || accountsChange) {
            record = await this.clients.setAttributes(record, { available, timeZone: zone, socialMedia: accounts }, this.clock.now());
          }
          const after = (await this.views([record]))[0];
          await this.changes.record({
            resource: 'Client',
            resourceType: 'client',
            resourceId: id,
            actor,
            before,
            after,
            stateAttribute: 'available',
          });
          return new Versioned(documentShape(after), clientVersionOf(record));
        }),
      expectedVersion,
      `Client ${id}`,
    );
  }

  /**
   * The customer stops being one (and so a client); the party stays, as TMF629 deletes it. A delete
   * that loses a race to another write of the party runs again on fresh data: it then finds the
   * client gone (404) or deletes it. The retry wraps the whole transaction because the customers
   * lib's delete joins this one, and within it MariaDB would keep reading the old version.
   */
  async delete(id: number, actor: Principal, baseUrl: string): Promise<void> {
    await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const record = await this.clients.load(id, scopeOf(actor));
          const before = (await this.views([record]))[0];
          await this.customers.delete(id, actor, baseUrl);
          await this.changes.record({
            resource: 'Client',
            resourceType: 'client',
            resourceId: id,
            actor,
            before,
            after: null,
            stateAttribute: 'available',
          });
        }),
      undefined,
      `Client ${id}`,
    );
  }

  async availability(id: number, principal: Principal): Promise<ClientAvailabilityView> {
    const { party, profile } = await this.clients.load(id, scopeOf(principal));
    return { clientId: party.id, available: (profile ?? CLIENT_DEFAULTS).available };
  }

  /** `PUT /clients/:id/bookings`: books the client, then shows it with its booking. */
  async book(id: number, input: BookClientDto, actor: Principal): Promise<Versioned<ClientView>> {
    return this.db.transaction(async () => {
      await this.bookings.bookClient(id, input, actor);
      return this.get(id, actor);
    });
  }

  private timeZone(zone: string | null | undefined): string | null | undefined {
    if (zone && !isTimeZone(zone))
      throw invalid(COMMUNICATIONS_ERRORS.UNKNOWN_TIME_ZONE, `${zone} is not an IANA time zone`, [
        { field: 'timeZone', message: 'must be an IANA time zone such as Europe/Moscow' },
      ]);
    return zone;
  }
}
