import { Injectable } from '@nestjs/common';
import {
  applyListQuery,
  applyScope,
  type DataScope,
  Database,
  type ListFilter,
  type ListQuery,
  type ListSpec,
  lockForReference,
  lockRowsById,
  Page,
  TotalCache,
  chunked,
  distinct,
} from '@contactly/platform';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type CustomerStatus, Party } from '../party/party.entity.js';
import { PartyRepository } from '../party/party.repository.js';
import { type PartyView, toPartyView } from './party-view.js';

/** The party is queried as `p` (see `CustomerDirectory.LIST_COLUMNS`). */
const SCOPE_COLUMNS = { affiliate: 'p.affiliate_id', customer: 'p.id' };

/** `clientId.gt=<last id>` (or `.lt` going down) on a list sorted by client id: a page cursor, not a filter. */
const isKeyCursor = (filter: ListFilter, query: ListQuery) =>
  filter.column === 'p.id' && query.sort[0]?.column === 'p.id' && ['>', '<'].includes(filter.operator);
/** Ids per `IN (…)` of the bulk reads behind a send: large enough for few round trips, small for both dialects. */
const BULK_CHUNK = 5_000;

/** What sending needs to know of a customer: names for templates and addresses. */
export interface CustomerFacts {
  clientId: number;
  firstName: string | null;
  lastName: string | null;
  fullName: string;
  /** `YYYY-MM-DD`. */
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  /** The customer's lifecycle status: a suspended or closed customer gets service messages only. */
  status: CustomerStatus;
  statusReason: string | null;
}

/**
 * Joins a caller's own table to a query of customer parties by their id (`partyIdColumn`), so that
 * a list filters on its columns in the same query (a LEFT JOIN on its primary key). The caller names
 * its table; this lib never reads it.
 */
export type PartyJoin = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, partyIdColumn: string) => SelectQueryBuilder<T>;

interface CustomerFactsRow {
  id: number | string;
  partyType: string;
  givenName: string | null;
  familyName: string | null;
  fullName: string;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  status: string | null;
  statusReason: string | null;
}

const toFacts = (row: CustomerFactsRow): CustomerFacts => ({
  clientId: Number(row.id),
  // An organization shows its trading name as first name, as the client representation does.
  firstName: row.givenName ?? (row.partyType === 'organization' ? row.fullName : null),
  lastName: row.familyName,
  fullName: row.fullName,
  birthDate: row.birthDate,
  email: row.email,
  phone: row.phone,
  status: (row.status ?? 'pending') as CustomerStatus,
  statusReason: row.statusReason,
});

/**
 * The customers lib's read port for the libs above it (the communications platform's clients are
 * its customers: one record, several faces): customers within the caller's scope, batched by ids;
 * a caller's own data about them joins through a PartyJoin. A list page costs one query and the total of a
 * million customers is counted once per few seconds (TotalCache) instead of on every request.
 */
@Injectable()
export class CustomerDirectory {
  /**
   * The party's columns a caller's list spec may filter and sort on, as `list` queries them: callers
   * name these, never the party's column names (which stay this lib's to change).
   */
  static readonly LIST_COLUMNS = { id: 'p.id', familyName: 'p.family_name', createdAt: 'p.created_at', updatedAt: 'p.updated_at' } as const;

  private readonly totals = new TotalCache();

  constructor(
    private readonly parties: PartyRepository,
    private readonly db: Database,
  ) {}

  /** The customers the caller may see by (lower-cased) email address: one query per batch. */
  customerIdsByEmail(emails: readonly string[], scope: DataScope): Promise<Map<string, number>> {
    return this.parties.customerIdsByEmail(emails, scope);
  }

  async find(id: number, scope: DataScope): Promise<PartyView | null> {
    const record = await this.parties.findById(id, scope, { isCustomer: true });
    return record && toPartyView(record.party);
  }

  /**
   * A page of clients: one query for the rows (in index order), a cached COUNT(*) for a large total.
   * A key cursor (`sort=clientId&clientId.gt=<last id>`) positions the page as an offset does, so the
   * total is that of the list it walks, without the cursor: each next page reuses one cached count
   * instead of counting a million rows again.
   */
  async list(query: ListQuery, spec: ListSpec, scope: DataScope, join?: PartyJoin): Promise<Page<PartyView>> {
    const base = () => this.clients(scope, join);
    const parties = await applyListQuery(base(), query, spec).getMany();
    const counted = query.filters.filter((f) => !isKeyCursor(f, query));
    const key = JSON.stringify([
      scope,
      counted.map((f) => [f.column, f.operator, f.value instanceof Date ? f.value.toISOString() : f.value]),
    ]);
    const total = await this.totals.get(key, async () => {
      const row = await applyListQuery(base(), { ...query, filters: counted }, spec)
        .orderBy()
        .offset(undefined)
        .limit(undefined)
        .select('COUNT(*)', 'n')
        .getRawOne<{ n: number | string }>();
      return Number(row?.n ?? 0);
    });
    return new Page(parties.map(toPartyView), total, query.fields);
  }

  /** The clients among the ids, in the order asked (a few hundred per query). */
  async findMany(ids: number[], scope: DataScope): Promise<PartyView[]> {
    const parties: PartyView[] = [];
    for (const chunk of chunked(distinct(ids)))
      parties.push(...(await this.parties.findManyByIds(chunk, scope)).filter((r) => r.party.isCustomer).map((r) => toPartyView(r.party)));
    return parties;
  }

  /** Which of the ids are clients the caller may see (ids only: cheap at 100,000). */
  async existingIds(ids: number[], scope: DataScope): Promise<Set<number>> {
    const found = new Set<number>();
    for (const chunk of chunked(distinct(ids), BULK_CHUNK)) {
      const rows = await this.clients(scope)
        .select('p.id', 'id')
        .andWhere('p.id IN (:...chunk)', { chunk })
        .getRawMany<{ id: number | string }>();
      for (const row of rows) found.add(Number(row.id));
    }
    return found;
  }

  /** The facts of the clients among the ids that the caller may see, by id. */
  async factsOf(ids: number[], scope: DataScope): Promise<CustomerFacts[]> {
    const facts: CustomerFacts[] = [];
    for (const chunk of chunked(
      [...new Set(ids)].sort((a, b) => a - b),
      BULK_CHUNK,
    )) {
      facts.push(...(await this.facts(this.clients(scope).andWhere('p.id IN (:...chunk)', { chunk }).orderBy('p.id', 'ASC'))));
    }
    return facts;
  }

  /**
   * The facts of the clients the caller may see that pass the client list's filters, by id: at most
   * `max + 1`, so a caller can tell that there are more than it takes.
   */
  async factsMatching(filters: ListFilter[], scope: DataScope, max: number, join?: PartyJoin): Promise<CustomerFacts[]> {
    const qb = this.clients(scope, join);
    filters.forEach((filter, i) => qb.andWhere(`${filter.column} ${filter.operator} :rf${i}`, { [`rf${i}`]: filter.value }));
    return this.facts(qb.orderBy('p.id', 'ASC').limit(max + 1));
  }

  /**
   * Narrows a query of rows that belong to a client (their `clientColumn`) to the clients of the
   * scope: one subquery over the client index, nothing at all for staff.
   */
  narrowToClientsOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, clientColumn: string, scope: DataScope): SelectQueryBuilder<T> {
    if (scope.kind === 'all') return qb;
    const inScope = this.clients(scope).select('p.id');
    return qb.andWhere(`${clientColumn} IN (${inScope.getQuery()})`, inScope.getParameters());
  }

  /** Narrows a query of rows that name a party (`partyColumn`) to the parties an affiliate owns, customers or not. */
  narrowToPartiesOfAffiliate<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    partyColumn: string,
    affiliateId: number,
  ): SelectQueryBuilder<T> {
    const owned = this.db
      .repository(Party)
      .createQueryBuilder('owned')
      .select('owned.id')
      .where('owned.affiliate_id = :ownerAffiliateId', { ownerAffiliateId: affiliateId });
    return qb.andWhere(`${partyColumn} IN (${owned.getQuery()})`, owned.getParameters());
  }

  private clients(scope: DataScope, join?: PartyJoin): SelectQueryBuilder<Party> {
    const qb = this.db.repository(Party).createQueryBuilder('p');
    return applyScope((join ? join(qb, 'p.id') : qb).where('p.is_customer = :isCustomer', { isCustomer: true }), scope, SCOPE_COLUMNS);
  }

  private async facts(qb: SelectQueryBuilder<Party>): Promise<CustomerFacts[]> {
    const rows = await qb
      .select('p.id', 'id')
      .addSelect('p.party_type', 'partyType')
      .addSelect('p.given_name', 'givenName')
      .addSelect('p.family_name', 'familyName')
      .addSelect('p.full_name', 'fullName')
      .addSelect('p.birth_date', 'birthDate')
      .addSelect('p.email', 'email')
      .addSelect('p.phone', 'phone')
      .addSelect('p.customer_status', 'status')
      .addSelect('p.customer_status_reason', 'statusReason')
      .getRawMany<CustomerFactsRow>();
    return rows.map(toFacts);
  }

  /**
   * In a transaction about to store these party ids (a channel block, a group member): holds the
   * parties against deletion until it ends and returns those that exist (platform lockForReference).
   * Bookings take lockForBooking instead, a write lock that also serialises their holder check.
   */
  lockForReference(ids: number[]): Promise<Set<number>> {
    return lockForReference(this.db, Party, ids);
  }

  /**
   * Locks the clients' rows until the transaction ends (MariaDB; SQLite runs one write at a time),
   * in id order, so two departments booking the same client cannot both pass the holder check.
   */
  async lockForBooking(ids: number[]): Promise<void> {
    this.db.assertInTransaction('CustomerDirectory.lockForBooking');
    await lockRowsById(this.db, Party, ids);
  }
}
