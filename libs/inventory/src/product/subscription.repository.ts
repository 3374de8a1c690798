import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  applyListQuery,
  Database,
  type DataScope,
  type ListQuery,
  lockRows,
  NAMED_REFERENCE_IDS,
  Page,
  updateIfVersion,
} from '@contactly/platform';
import { CustomerDirectory } from '@contactly/customers';
import { PRODUCT_LIST } from './product-list.js';
import { LIVE_PRODUCT_STATUSES } from './subscription-process.js';
import { SubscriptionPeriod } from './subscription-period.entity.js';
import { Subscription } from './subscription.entity.js';

/** All queries on subscriptions. Every read for a caller takes its DataScope: out of scope is absent. */
@Injectable()
export class SubscriptionRepository {
  constructor(
    private readonly db: Database,
    private readonly customers: CustomerDirectory,
  ) {}

  private get subscriptions() {
    return this.db.repository(Subscription);
  }

  private scoped(scope: DataScope) {
    return this.customers.narrowToClientsOf(this.subscriptions.createQueryBuilder('s'), 's.customer_id', scope);
  }

  findById(id: number, scope: DataScope): Promise<Subscription | null> {
    return this.scoped(scope).andWhere('s.id = :id', { id }).getOne();
  }

  /** The subscription as last committed, locked until the transaction ends (a write follows). */
  lockedById(id: number): Promise<Subscription | null> {
    return lockRows(this.subscriptions.createQueryBuilder('s').where('s.id = :id', { id })).getOne();
  }

  async list(query: ListQuery, scope: DataScope): Promise<Page<Subscription>> {
    const [rows, total] = await applyListQuery(this.scoped(scope), query, PRODUCT_LIST).getManyAndCount();
    return new Page(rows, total, query.fields);
  }

  /** A customer's newest subscriptions, with how many they have and how many are not over (the customer 360 view). */
  async overviewOf(customerId: number, limit: number): Promise<{ latest: Subscription[]; total: number; live: number }> {
    const [latest, total] = await this.subscriptions.findAndCount({ where: { customerId }, order: { id: 'DESC' }, take: limit });
    const live = await this.subscriptions.count({ where: { customerId, status: In(LIVE_PRODUCT_STATUSES) } });
    return { latest, total, live };
  }

  async insert(values: Omit<Subscription, 'id' | 'version'>): Promise<number> {
    const result = await this.subscriptions.insert({ ...values, version: 1 });
    return Number(result.identifiers[0].id);
  }

  /** Optimistic update of a row the caller read (VersionConflict when someone wrote first); whether it wrote. */
  update(current: Subscription, changes: Partial<Subscription>): Promise<boolean> {
    return updateIfVersion(this.db.manager, Subscription, current, changes);
  }

  /** The period row (UNIQUE per subscription and number: a period starts once). */
  async insertPeriod(subscription: Subscription): Promise<void> {
    await this.db.repository(SubscriptionPeriod).insert({
      subscriptionId: subscription.id,
      periodNumber: subscription.periodNumber,
      periodStart: subscription.currentPeriodStart,
      periodEnd: subscription.currentPeriodEnd,
      amountMinor: subscription.priceAmountMinor,
      currency: subscription.currency,
      createdAt: subscription.updatedAt,
    });
  }

  /** The first period of a subscription activated after it was created: from its activation on. */
  async restartFirstPeriod(subscription: Subscription): Promise<void> {
    await this.db
      .repository(SubscriptionPeriod)
      .update(
        { subscriptionId: subscription.id, periodNumber: 1 },
        { periodStart: subscription.currentPeriodStart, periodEnd: subscription.currentPeriodEnd },
      );
  }

  periodsOf(subscriptionId: number): Promise<SubscriptionPeriod[]> {
    return this.db.repository(SubscriptionPeriod).find({ where: { subscriptionId }, order: { periodNumber: 'ASC' } });
  }

  async delete(id: number): Promise<void> {
    await this.db.repository(SubscriptionPeriod).delete({ subscriptionId: id });
    await this.subscriptions.delete({ id });
  }

  /** Subscriptions that are not over and sell this offering (or at this price): the catalog may not retire it. */
  async liveUsing(column: 'offering_id' | 'price_id', id: number): Promise<{ count: number; ids: number[] }> {
    const qb = () =>
      this.subscriptions
        .createQueryBuilder('s')
        .where(`s.${column} = :id`, { id })
        .andWhere('s.status IN (:...live)', { live: LIVE_PRODUCT_STATUSES });
    const count = await qb().getCount();
    if (!count) return { count, ids: [] };
    const rows = await qb().select('s.id', 'id').orderBy('s.id', 'ASC').limit(NAMED_REFERENCE_IDS).getRawMany<{ id: number | string }>();
    return { count, ids: rows.map((r) => Number(r.id)) };
  }

  /** The subscriptions among these ids (no scope: the job's and the service's own reads). */
  byIds(ids: number[]): Promise<Subscription[]> {
    return ids.length ? this.subscriptions.find({ where: { id: In(ids) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }
}
