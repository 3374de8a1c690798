import { Injectable } from '@nestjs/common';
import { applyListQuery, applyScope, type DataScope, Database, type ListQuery, type ListSpec, notFound, Page, unprocessable, TotalCache } from '@contactly/platform';
import { Party, PartyRepository, type PartyRecord } from '@contactly/customers';
import { chunked, distinct } from '../shared/ids.js';

const SCOPE_COLUMNS = { affiliate: 'p.affiliate_id', customer: 'p.id' };

/**
 * The communications platform's view of its clients: the customers of the customers lib (one
 * record, several faces), read within the caller's scope through its PartyRepository; written only
 * through its services. A party that is not a customer is no client. The one exception is the
 * client list: it reads the exported `Party` entity itself (read-only, on indexed columns) so that
 * a page costs one query and the total of a million clients is counted once per few seconds
 * (TotalCache) instead of on every request.
 */
@Injectable()
export class ClientDirectory {
  private readonly totals = new TotalCache();

  constructor(
    private readonly parties: PartyRepository,
    private readonly db: Database,
  ) {}

  async find(id: number, scope: DataScope): Promise<PartyRecord | null> {
    return this.parties.findById(id, scope, { isCustomer: true });
  }

  async load(id: number, scope: DataScope): Promise<PartyRecord> {
    const record = await this.find(id, scope);
    if (!record) throw notFound('CLIENT_NOT_FOUND', `Client ${id} does not exist`);
    return record;
  }

  /** A page of clients: one query for the rows (in index order), a cached COUNT(*) for a large total. */
  async list(query: ListQuery, spec: ListSpec, scope: DataScope): Promise<Page<Party>> {
    const qb = applyScope(this.db.repository(Party).createQueryBuilder('p').where('p.is_customer = :isCustomer', { isCustomer: true }), scope, SCOPE_COLUMNS);
    applyListQuery(qb, query, spec);
    const parties = await qb.getMany();
    const key = JSON.stringify([scope, query.filters.map((f) => [f.column, f.operator, f.value instanceof Date ? f.value.toISOString() : f.value])]);
    const total = await this.totals.get(key, async () => {
      const row = await qb.clone().orderBy().offset(undefined).limit(undefined).select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
      return Number(row?.n ?? 0);
    });
    return new Page(parties, total, query.fields);
  }

  /** The clients among the ids, in the order asked (a few hundred per query). */
  async findMany(ids: number[], scope: DataScope): Promise<Party[]> {
    const parties: Party[] = [];
    for (const chunk of chunked(distinct(ids))) parties.push(...(await this.parties.findManyByIds(chunk, scope)).filter((r) => r.party.isCustomer).map((r) => r.party));
    return parties;
  }

  /** 422 naming the ids that are no client of the caller's; nothing is written. */
  async assertAll(ids: number[], scope: DataScope, field: string): Promise<void> {
    const found = new Set((await this.findMany(ids, scope)).map((p) => p.id));
    const missing = distinct(ids).filter((id) => !found.has(id));
    if (missing.length) {
      const shown = missing.slice(0, 20);
      throw unprocessable('CLIENT_NOT_FOUND', `Client(s) ${shown.join(', ')}${missing.length > shown.length ? ` and ${missing.length - shown.length} more` : ''} do not exist`, shown.map((id) => ({ field, message: `client ${id} does not exist` })));
    }
  }

  /**
   * Locks the clients' rows until the transaction ends (MariaDB; SQLite runs one write at a time),
   * in id order, so two departments booking the same client cannot both pass the holder check.
   */
  async lockForBooking(ids: number[]): Promise<void> {
    this.db.assertInTransaction('ClientDirectory.lockForBooking');
    if (this.db.dialect === 'sqlite') return;
    for (const chunk of chunked([...new Set(ids)].sort((a, b) => a - b))) {
      await this.db.repository(Party).createQueryBuilder('p').select('p.id').where('p.id IN (:...chunk)', { chunk }).orderBy('p.id', 'ASC').setLock('pessimistic_write').getMany();
    }
  }

  /** Sets the communications attributes (availability, time zone) with optimistic concurrency. */
  async setClientAttributes(party: Party, changes: Pick<Partial<Party>, 'available' | 'timeZone' | 'updatedAt'>): Promise<Party> {
    return this.parties.update(party, changes);
  }
}
