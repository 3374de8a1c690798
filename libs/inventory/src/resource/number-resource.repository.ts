import { Injectable } from '@nestjs/common';
import {
  applyListQuery,
  bulkInsert,
  type DataScope,
  Database,
  type ListQuery,
  type ListSpec,
  lockRows,
  Page,
  sqlDateTime,
} from '@contactly/platform';
import { CustomerDirectory } from '@contactly/customers';
import { Brackets, In, type SelectQueryBuilder } from 'typeorm';
import type { NumberState } from './number-process.js';
import { NumberResource, type ResourceType } from './number-resource.entity.js';
import { keyWindows } from './key-windows.js';
import { randomKey } from './random-key.js';

/** What a conditional move writes besides the status (the version moves on by itself). */
export type NumberChanges = Partial<Omit<NumberResource, 'id' | 'version' | 'status'>>;

/** A random sample's condition: the type and status (the pick index), optionally a pool and a LIKE on the number. */
export interface PickCondition {
  resourceType: ResourceType;
  status: NumberState;
  like?: string | null;
  pool?: string | null;
}

export interface NumberCount {
  pool: string;
  resourceType: ResourceType;
  status: NumberState;
  count: number;
}

/**
 * All queries on numbers. Contended moves are single conditional UPDATEs (`… WHERE status = :from`),
 * which the database serialises: of two claims of one number exactly one changes a row.
 *
 * Who sees which numbers: staff (scope all) every number; affiliates and subscribers the available
 * ones (to choose from) and those reserved for or assigned to the customers of their scope.
 */
@Injectable()
export class NumberResourceRepository {
  constructor(
    private readonly db: Database,
    private readonly directory: CustomerDirectory,
  ) {}

  get numbers() {
    return this.db.repository(NumberResource);
  }

  /** The numbers the scope sees, as `r`. */
  private visible(scope: DataScope): SelectQueryBuilder<NumberResource> {
    const qb = this.numbers.createQueryBuilder('r');
    if (scope.kind === 'all') return qb;
    const theirs = this.directory.narrowToClientsOf(this.numbers.createQueryBuilder('own').select('own.id'), 'own.party_id', scope);
    return qb.andWhere(
      new Brackets((w) => w.where("r.status = 'available'").orWhere(`r.id IN (${theirs.getQuery()})`, theirs.getParameters())),
    );
  }

  findById(id: number): Promise<NumberResource | null> {
    return this.numbers.findOne({ where: { id } });
  }

  findVisible(id: number, scope: DataScope): Promise<NumberResource | null> {
    return this.visible(scope).andWhere('r.id = :id', { id }).getOne();
  }

  /** The number, locked until the transaction ends (MariaDB: a locking read sees the latest commit). */
  lockVisible(id: number, scope: DataScope): Promise<NumberResource | null> {
    return lockRows(this.visible(scope).andWhere('r.id = :id', { id })).getOne();
  }

  /** The number of that type and value, locked until the transaction ends. */
  lockByValue(resourceType: ResourceType, value: string): Promise<NumberResource | null> {
    return lockRows(
      this.numbers.createQueryBuilder('r').where('r.resource_type = :resourceType AND r.value = :value', { resourceType, value }),
    ).getOne();
  }

  /** The assigned numbers of a subscription, locked, for its release. */
  lockOfSubscription(subscriptionId: number): Promise<NumberResource[]> {
    const qb = this.numbers
      .createQueryBuilder('r')
      .where('r.subscription_id = :subscriptionId AND r.status = :assigned', { subscriptionId, assigned: 'assigned' })
      .orderBy('r.id', 'ASC');
    return lockRows(qb).getMany();
  }

  findByIds(ids: readonly number[]): Promise<NumberResource[]> {
    return ids.length ? this.numbers.find({ where: { id: In([...ids]) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }

  findByValue(resourceType: ResourceType, value: string): Promise<NumberResource | null> {
    return this.numbers.findOne({ where: { resourceType, value } });
  }

  async list(query: ListQuery, spec: ListSpec, scope: DataScope, like: string | null = null): Promise<Page<NumberResource>> {
    const qb = this.visible(scope);
    if (like) qb.andWhere('r.value LIKE :like', { like });
    const [rows, total] = await applyListQuery(qb, query, spec).getManyAndCount();
    return new Page(rows, total, query.fields);
  }

  /**
   * Up to `limit` distinct numbers at random: index range reads of the (type, status, random_key)
   * index (or the pool's) in the key windows from a random key (keyWindows), until enough are found.
   * A bounded window is what makes the database read a range from the random key: an open `>=` lets
   * MariaDB read the index from the start of the type and status instead. Never a scan or sort of the pool.
   */
  async randomSample(condition: PickCondition, limit: number, scope: DataScope = { kind: 'all' }): Promise<NumberResource[]> {
    const found: NumberResource[] = [];
    for (const [low, high] of keyWindows(randomKey())) {
      if (found.length >= limit) break;
      found.push(...(await this.sampleRange(condition, low, high, limit - found.length, scope)));
    }
    return found;
  }

  private sampleRange(condition: PickCondition, low: number, high: number, take: number, scope: DataScope) {
    const qb = (condition.status === 'available' ? this.numbers.createQueryBuilder('r') : this.visible(scope))
      .andWhere(
        condition.pool
          ? 'r.pool = :pool AND r.resource_type = :type AND r.status = :status'
          : 'r.resource_type = :type AND r.status = :status',
        {
          pool: condition.pool,
          type: condition.resourceType,
          status: condition.status,
        },
      )
      .andWhere('r.random_key >= :low AND r.random_key < :high', { low, high })
      .orderBy('r.random_key', 'ASC')
      .limit(take);
    if (condition.like) qb.andWhere('r.value LIKE :like', { like: condition.like });
    return qb.getMany();
  }

  /** The assigned numbers of the subscriptions. */
  ofSubscriptions(subscriptionIds: readonly number[]): Promise<NumberResource[]> {
    if (!subscriptionIds.length) return Promise.resolve([]);
    return this.numbers.find({ where: { subscriptionId: In([...subscriptionIds]), status: 'assigned' }, order: { id: 'ASC' } });
  }

  /**
   * Of these numbers, the ones still available that no other transaction holds, locked for this one
   * until it ends (`FOR UPDATE SKIP LOCKED`: a claim never waits for another's candidates; a plain
   * read on SQLite, whose writes run one at a time).
   */
  async lockAvailable(ids: readonly number[]): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const qb = this.numbers
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .where('r.id IN (:...ids) AND r.status = :available', { ids: [...ids], available: 'available' })
      .orderBy('r.id', 'ASC');
    const rows = await lockRows(qb, 'write-skip-locked').getRawMany<{ id: number | string }>();
    return new Set(rows.map((row) => Number(row.id)));
  }

  /** Reserves numbers this transaction holds (lockAvailable), each for its holder until its time, in one UPDATE. */
  async reserveLocked(claims: readonly { id: number; partyId: number | null; reservedUntil: Date }[], now: Date): Promise<void> {
    if (!claims.length) return;
    const cases = (value: (claim: (typeof claims)[number]) => unknown) => ({
      sql: `CASE id ${claims.map(() => 'WHEN ? THEN ?').join(' ')} END`,
      params: claims.flatMap((claim) => [claim.id, value(claim)]),
    });
    const party = cases((claim) => claim.partyId);
    const until = cases((claim) => sqlDateTime(claim.reservedUntil));
    await this.db.manager.query(
      `UPDATE number_resource SET status = 'reserved', party_id = ${party.sql}, reserved_until = ${until.sql},
              status_date = ?, updated_at = ?, version = version + 1
        WHERE id IN (${claims.map(() => '?').join(', ')}) AND status = 'available'`,
      [...party.params, ...until.params, sqlDateTime(now), sqlDateTime(now), ...claims.map((claim) => claim.id)],
    );
  }

  /**
   * Moves one number from `from` to `to` if it is still in `from` (and, when given, still held for
   * `partyId`): whether this call moved it. The caller reads the row again when it did.
   */
  async move(id: number, from: NumberState, to: NumberState, changes: NumberChanges, holder?: { partyId: number }): Promise<boolean> {
    const qb = this.db.manager
      .createQueryBuilder()
      .update(NumberResource)
      .set({ ...changes, status: to, version: () => 'version + 1' } as never)
      .where('id = :id AND status = :from', { id, from });
    if (holder) qb.andWhere('party_id = :holderId', { holderId: holder.partyId });
    return ((await qb.execute()).affected ?? 0) > 0;
  }

  /** Optimistic update of attributes (not the status): whether the version was still `version`. */
  async updateIfVersion(id: number, version: number, changes: NumberChanges): Promise<boolean> {
    const result = await this.db.manager
      .createQueryBuilder()
      .update(NumberResource)
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Removes the number if it is still in `status`; whether it did. */
  async deleteIfStatus(id: number, status: NumberState): Promise<boolean> {
    return ((await this.numbers.delete({ id, status })).affected ?? 0) > 0;
  }

  async insertOne(row: Omit<NumberResource, 'id' | 'version' | 'randomKey'>): Promise<void> {
    await this.numbers.insert({ ...row, randomKey: randomKey(), version: 1 });
  }

  /**
   * Inserts numbers, skipping those already in the pool (the unique key on type and value decides,
   * so concurrent imports never double one); `importId` marks the rows this call wrote.
   */
  async insertNew(rows: Omit<NumberResource, 'id' | 'version' | 'randomKey'>[]): Promise<void> {
    await bulkInsert<NumberResource>(
      this.db.manager,
      NumberResource,
      rows.map((row) => ({ ...row, randomKey: randomKey(), version: 1 })),
      { ignoreDuplicatesOf: ['resourceType', 'value'] },
    );
  }

  /** Of the values, those in the pool that another import (or none) brought. */
  async notImportedBy(resourceType: ResourceType, values: readonly string[], importId: string): Promise<string[]> {
    if (!values.length) return [];
    const rows = await this.numbers
      .createQueryBuilder('r')
      .select('r.value', 'value')
      .where('r.resource_type = :resourceType AND r.value IN (:...values)', { resourceType, values })
      .andWhere('(r.import_id IS NULL OR r.import_id <> :importId)', { importId })
      .getRawMany<{ value: string }>();
    return rows.map((r) => r.value);
  }

  /**
   * A batch of numbers in `from` whose time (`column`) is up: locked for this transaction (others'
   * locked rows skipped on MariaDB), so the set-based move that follows changes exactly these.
   */
  lockDue(from: NumberState, column: 'reserved_until' | 'aging_until', now: Date, batch: number): Promise<NumberResource[]> {
    const qb = this.numbers
      .createQueryBuilder('r')
      .where('r.status = :from', { from })
      .andWhere(`r.${column} <= :now`, { now })
      .orderBy(`r.${column}`, 'ASC')
      .limit(batch);
    return lockRows(qb, 'write-skip-locked').getMany();
  }

  /** One UPDATE moving the (locked) numbers from one of `sources` to `to`. */
  async moveMany(ids: readonly number[], sources: readonly NumberState[], to: NumberState, changes: NumberChanges): Promise<number> {
    if (!ids.length) return 0;
    const result = await this.db.manager
      .createQueryBuilder()
      .update(NumberResource)
      .set({ ...changes, status: to, version: () => 'version + 1' } as never)
      .where('id IN (:...ids) AND status IN (:...sources)', { ids, sources })
      .execute();
    return result.affected ?? 0;
  }

  /** Numbers by pool, type and status (over the pool index). */
  async counts(): Promise<NumberCount[]> {
    const rows = await this.numbers
      .createQueryBuilder('r')
      .select(['r.pool AS pool', 'r.resource_type AS resourceType', 'r.status AS status', 'COUNT(*) AS n'])
      .groupBy('r.pool')
      .addGroupBy('r.resource_type')
      .addGroupBy('r.status')
      .orderBy('r.pool')
      .addOrderBy('r.resource_type')
      .addOrderBy('r.status')
      .getRawMany<{ pool: string; resourceType: ResourceType; status: NumberState; n: number | string }>();
    return rows.map((r) => ({ pool: r.pool, resourceType: r.resourceType, status: r.status, count: Number(r.n) }));
  }
}
