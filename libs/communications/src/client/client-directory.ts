import { Injectable } from '@nestjs/common';
import { type DataScope, distinct, type ListFilter, type ListQuery, type ListSpec, notFound, type Page, unprocessable } from '@contactly/platform';
import { type ClientFacts, CustomerDirectory, type PartyRecord, type PartyView } from '@contactly/customers';
import { UserDirectory } from '@contactly/identity';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SocialAccounts } from './social-media.js';

/** Ids per query of the bulk reads behind a send: large enough for few round trips, small for both dialects. */
const BULK_CHUNK = 5_000;

/** What sending needs to know of a client: names for templates, addresses, availability, zone and social accounts. */
export type { ClientFacts };

/**
 * The communications platform's view of its clients: the customers of the customers lib (one
 * record, several faces), read within the caller's scope through that lib's read port
 * (CustomerDirectory) and identity's (UserDirectory); written only through their services. A party
 * that is not a customer is no client.
 */
@Injectable()
export class ClientDirectory {
  constructor(
    private readonly customers: CustomerDirectory,
    private readonly users: UserDirectory,
  ) {}

  find(id: number, scope: DataScope): Promise<PartyRecord | null> {
    return this.customers.find(id, scope);
  }

  async load(id: number, scope: DataScope): Promise<PartyRecord> {
    const record = await this.find(id, scope);
    if (!record) throw notFound('CLIENT_NOT_FOUND', `Client ${id} does not exist`);
    return record;
  }

  list(query: ListQuery, spec: ListSpec, scope: DataScope): Promise<Page<PartyView>> {
    return this.customers.list(query, spec, scope);
  }

  findMany(ids: number[], scope: DataScope): Promise<PartyView[]> {
    return this.customers.findMany(ids, scope);
  }

  /** 422 naming the ids that are no client of the caller's; nothing is written. */
  async assertAll(ids: number[], scope: DataScope, field: string): Promise<void> {
    const found = await this.existingIds(ids, scope);
    const missing = distinct(ids).filter((id) => !found.has(id));
    if (missing.length) {
      const shown = missing.slice(0, 20);
      throw unprocessable('CLIENT_NOT_FOUND', `Client(s) ${shown.join(', ')}${missing.length > shown.length ? ` and ${missing.length - shown.length} more` : ''} do not exist`, shown.map((id) => ({ field, message: `client ${id} does not exist` })));
    }
  }

  existingIds(ids: number[], scope: DataScope): Promise<Set<number>> {
    return this.customers.existingIds(ids, scope);
  }

  factsOf(ids: number[], scope: DataScope): Promise<ClientFacts[]> {
    return this.customers.factsOf(ids, scope);
  }

  factsMatching(filters: ListFilter[], scope: DataScope, max: number): Promise<ClientFacts[]> {
    return this.customers.factsMatching(filters, scope, max);
  }

  availabilityOf(ids: number[], scope: DataScope): Promise<{ clients: number; available: number }> {
    return this.customers.availabilityOf(ids, scope);
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

  setClientAttributes(party: PartyView, changes: { available?: boolean; timeZone?: string | null; socialMedia?: SocialAccounts | null; updatedAt?: Date }): Promise<PartyView> {
    return this.customers.setClientAttributes(party, changes);
  }
}
