import { Injectable } from '@nestjs/common';
import {
  type DataScope,
  distinct,
  type ListFilter,
  type ListQuery,
  type ListSpec,
  notFound,
  Page,
  unprocessable,
} from '@contactly/platform';
import { type CustomerFacts, CustomerDirectory, type PartyJoin, type PartyView } from '@contactly/customers';
import { UserDirectory } from '@contactly/identity';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { attributesOf, type ClientAttributes } from './client-attributes.js';
import { indexFriendlyFilters } from './client.list.js';
import type { ClientProfile } from './client-profile.entity.js';
import { ClientProfileRepository } from './client-profile.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Ids per query of the bulk reads behind a send: large enough for few round trips, small for both dialects. */
const BULK_CHUNK = 5_000;

/** What sending needs to know of a client: names for templates and addresses (the customers lib's), availability, zone and social accounts (this platform's). */
export type ClientFacts = CustomerFacts & ClientAttributes;

/** A client as the platform shows it: the customer party and the platform's own profile of it (null until it wrote one). */
export interface ClientRecord {
  readonly party: PartyView;
  readonly profile: ClientProfile | null;
}

/**
 * A client's version, for its ETag and If-Match: the party's plus its profile's. Both only grow, so
 * any write to either makes a different (larger) number, and an old ETag never comes back.
 */
export const clientVersionOf = (record: ClientRecord): number => record.party.version + (record.profile?.version ?? 0);

/**
 * The communications platform's view of its clients: the customers of the customers lib (one
 * record, several faces), read within the caller's scope through that lib's read port
 * (CustomerDirectory) and identity's (UserDirectory); written only through their services. A party
 * that is not a customer is no client. The platform's own attributes of a client (availability,
 * time zone, social media) are its `client_profile` rows, joined to the party's by id.
 */
@Injectable()
export class ClientDirectory {
  constructor(
    private readonly customers: CustomerDirectory,
    private readonly users: UserDirectory,
    private readonly profiles: ClientProfileRepository,
  ) {}

  /** The platform's profiles joined to the customers' query (its `available` filter names `cp`). */
  private readonly joinProfiles: PartyJoin = (qb, partyIdColumn) => this.profiles.joinTo(qb, partyIdColumn);

  async find(id: number, scope: DataScope): Promise<ClientRecord | null> {
    const party = await this.customers.find(id, scope);
    return party && { party, profile: await this.profiles.find(id) };
  }

  async load(id: number, scope: DataScope): Promise<ClientRecord> {
    const record = await this.find(id, scope);
    if (!record) throw notFound(COMMUNICATIONS_ERRORS.CLIENT_NOT_FOUND, `Client ${id} does not exist`);
    return record;
  }

  /** A page of clients: one query over party LEFT JOIN client_profile for the page (filters on either), one by primary key for the page's profiles. */
  async list(query: ListQuery, spec: ListSpec, scope: DataScope): Promise<Page<ClientRecord>> {
    const page = await this.customers.list({ ...query, filters: indexFriendlyFilters(query.filters) }, spec, scope, this.joinProfiles);
    return new Page(await this.withProfiles(page.items), page.total, page.fields);
  }

  async findMany(ids: number[], scope: DataScope): Promise<ClientRecord[]> {
    return this.withProfiles(await this.customers.findMany(ids, scope));
  }

  /** 422 naming the ids that are no client of the caller's; nothing is written. */
  async assertAll(ids: number[], scope: DataScope, field: string): Promise<void> {
    assertFound(ids, await this.existingIds(ids, scope), field);
  }

  /**
   * For a write about to store these client ids: holds the parties against deletion until the
   * transaction ends, then asserts as assertAll does (the lock sees a delete a plain read may not).
   */
  async lockForReference(ids: number[], scope: DataScope, field: string): Promise<void> {
    assertFound(ids, await this.customers.lockForReference(ids), field);
    await this.assertAll(ids, scope, field);
  }

  existingIds(ids: number[], scope: DataScope): Promise<Set<number>> {
    return this.customers.existingIds(ids, scope);
  }

  async factsOf(ids: number[], scope: DataScope): Promise<ClientFacts[]> {
    return this.withAttributes(await this.customers.factsOf(ids, scope));
  }

  async factsMatching(filters: ListFilter[], scope: DataScope, max: number): Promise<ClientFacts[]> {
    return this.withAttributes(await this.customers.factsMatching(indexFriendlyFilters(filters), scope, max, this.joinProfiles));
  }

  /** How many of the ids are clients the caller may see, and how many of those are available (those not marked otherwise). */
  async availabilityOf(ids: number[], scope: DataScope): Promise<{ clients: number; available: number }> {
    const clients = [...(await this.existingIds(ids, scope))];
    return { clients: clients.length, available: clients.length - (await this.profiles.countUnavailable(clients)) };
  }

  /** Which of the clients can get push messages: those with a self-service login (the app a push goes to is signed in as the subscriber). */
  withSelfServiceLogin(ids: number[]): Promise<Set<number>> {
    return this.users.customersWithActiveLogin(ids, BULK_CHUNK);
  }

  narrowToClientsOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, clientColumn: string, scope: DataScope): SelectQueryBuilder<T> {
    return this.customers.narrowToClientsOf(qb, clientColumn, scope);
  }

  lockForBooking(ids: number[]): Promise<void> {
    return this.customers.lockForBooking(ids);
  }

  /** Writes a client's attributes over the profile it was read with (a VersionConflict if another write came first). */
  async setAttributes<R extends ClientRecord>(record: R, attributes: ClientAttributes, now: Date): Promise<R> {
    return { ...record, profile: await this.profiles.write(record.party.id, record.profile, attributes, now) };
  }

  private async withProfiles(parties: PartyView[]): Promise<ClientRecord[]> {
    const profiles = await this.profiles.findMany(parties.map((p) => p.id));
    return parties.map((party) => ({ party, profile: profiles.get(party.id) ?? null }));
  }

  private async withAttributes(facts: CustomerFacts[]): Promise<ClientFacts[]> {
    const profiles = await this.profiles.findMany(facts.map((f) => f.clientId));
    return facts.map((f) => ({ ...f, ...attributesOf(profiles.get(f.clientId)) }));
  }
}

/** 422 CLIENT_NOT_FOUND naming (the first 20 of) the ids not found. */
function assertFound(ids: number[], found: Set<number>, field: string): void {
  const missing = distinct(ids).filter((id) => !found.has(id));
  if (!missing.length) return;
  const shown = missing.slice(0, 20);
  throw unprocessable(
    COMMUNICATIONS_ERRORS.CLIENT_NOT_FOUND,
    `Client(s) ${shown.join(', ')}${missing.length > shown.length ? ` and ${missing.length - shown.length} more` : ''} do not exist`,
    shown.map((id) => ({ field, message: `client ${id} does not exist` })),
  );
}
