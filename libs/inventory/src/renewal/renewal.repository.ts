import { Injectable } from '@nestjs/common';
import { bulkInsert, Database, lockRows } from '@contactly/platform';
import { SubscriptionPeriod } from '../product/subscription-period.entity.js';
import { Subscription } from '../product/subscription.entity.js';

/** Subscriptions whose period ended and that move on: renewed (active, auto-renewing) or ended. */
const DUE_STATUSES = ['active', 'pendingTerminate'];

/** The set-based statements of the renewal job. */
@Injectable()
export class RenewalRepository {
  constructor(private readonly db: Database) {}

  /**
   * Up to `limit` subscriptions whose current period ended by `now`, oldest end first, locked for
   * this transaction; rows another instance holds are skipped (MariaDB), so instances share the
   * work instead of waiting. Suspended subscriptions are not due: nothing happens to them until resumed.
   */
  async due(now: Date, limit: number): Promise<Subscription[]> {
    const rows: Subscription[] = [];
    // One status at a time: `status = ? AND current_period_end <= ? ORDER BY current_period_end, id` walks
    // idx_subscription_due in order and stops at the limit; `status IN (…)` would sort every due row per batch.
    for (const status of DUE_STATUSES) {
      if (rows.length >= limit) break;
      const qb = this.db
        .repository(Subscription)
        .createQueryBuilder('s')
        .where('s.status = :status', { status })
        .andWhere('s.current_period_end <= :now', { now })
        .orderBy('s.current_period_end', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .limit(limit - rows.length);
      rows.push(...(await lockRows(qb, 'write-skip-locked').getMany()));
    }
    return rows;
  }

  /**
   * Moves these subscriptions, which all were in the period ending `oldEnd`, to their next period
   * ending `newEnd`: one UPDATE, conditional on the period they were in, so a subscription renewed
   * meanwhile is not renewed again. Returns how many moved.
   */
  async renew(ids: number[], oldEnd: Date, newEnd: Date, now: Date): Promise<number> {
    const result = await this.db.manager
      .createQueryBuilder()
      .update(Subscription)
      .set({
        periodNumber: () => 'period_number + 1',
        currentPeriodStart: oldEnd,
        currentPeriodEnd: newEnd,
        updatedAt: now,
        version: () => 'version + 1',
      })
      .where('id IN (:...ids)', { ids })
      .andWhere('status = :active', { active: 'active' })
      .andWhere('auto_renew = :yes', { yes: true })
      .andWhere('current_period_end = :oldEnd', { oldEnd })
      .execute();
    return result.affected ?? 0;
  }

  /** Ends these subscriptions at the end of their period (still due: not resumed, renewed or undone meanwhile). Returns how many ended. */
  async terminate(ids: number[], now: Date): Promise<number> {
    const result = await this.db.manager
      .createQueryBuilder()
      .update(Subscription)
      .set({ status: 'terminated', terminationDate: () => 'current_period_end', updatedAt: now, version: () => 'version + 1' })
      .where('id IN (:...ids)', { ids })
      .andWhere('status IN (:...due)', { due: DUE_STATUSES })
      .andWhere('current_period_end <= :now', { now })
      .execute();
    return result.affected ?? 0;
  }

  /** The periods that started: UNIQUE(subscription, number) refuses a period started twice (the batch rolls back). */
  async insertPeriods(periods: Omit<SubscriptionPeriod, 'id'>[]): Promise<void> {
    await bulkInsert(this.db.manager, SubscriptionPeriod, periods);
  }
}
