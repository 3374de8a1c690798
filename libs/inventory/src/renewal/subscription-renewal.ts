import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, Database, EventRecorder, StateTransitionRecorder, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { InventorySettings } from '../inventory.settings.js';
import { subscriptionProcess } from '../product/subscription-process.js';
import { SubscriptionResources } from '../product/subscription-resources.js';
import { periodEnd } from '../product/subscription-term.js';
import type { Subscription } from '../product/subscription.entity.js';
import { PRODUCT_RENEW_EVENT, renewalSnapshot } from './renewal-events.js';
import { RenewalRepository } from './renewal.repository.js';

export interface RenewalReport {
  renewed: number;
  terminated: number;
}

/** Who the job's moves are recorded as. */
const RENEWAL_ACTOR = { ...SYSTEM_PRINCIPAL, username: 'subscription-renewal' };

/**
 * What happens at the end of a period, batch by batch (SUBSCRIPTION_RENEWAL_BATCH a transaction):
 * an active, auto-renewing subscription gets its next period (one conditional UPDATE per period
 * end, a subscription_period row each, a ProductRenewEvent each); one that does not renew, or whose
 * cancellation was scheduled, terminates at its period end (its numbers go to aging; history and
 * ProductStateChangeEvent). Suspended subscriptions wait until resumed; one resumed after its period
 * ended is renewed for each period it missed, one by one, by the next run.
 *
 * A period is renewed exactly once: the rows are locked (skipped by other instances), the UPDATE
 * is conditional on the period they were in, and UNIQUE(subscription, period number) refuses a
 * second start of a period, rolling back its batch — whatever the number of instances or reruns.
 */
@Injectable()
export class SubscriptionRenewal {
  constructor(
    private readonly renewals: RenewalRepository,
    private readonly resources: SubscriptionResources,
    private readonly events: EventRecorder,
    private readonly transitions: StateTransitionRecorder,
    private readonly settings: InventorySettings,
    private readonly config: AppConfig,
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Renews and ends every subscription due now; stops early (between batches) when `lost` aborts. */
  async renewDue(lost?: AbortSignal): Promise<RenewalReport> {
    const report: RenewalReport = { renewed: 0, terminated: 0 };
    for (;;) {
      if (lost?.aborted) return report;
      const batch = await this.db.transaction(() => this.batch());
      report.renewed += batch.renewed;
      report.terminated += batch.terminated;
      // Until a batch finds nothing: one renewed into a period that ended too (catching up) is due again.
      if (batch.seen === 0) return report;
    }
  }

  private async batch(): Promise<RenewalReport & { seen: number }> {
    const now = this.clock.now();
    const due = await this.renewals.due(now, this.settings.subscriptionRenewalBatch);
    const renewing = due.filter((s) => s.status === 'active' && s.autoRenew);
    const ending = due.filter((s) => !renewing.includes(s));
    return { seen: due.length, renewed: await this.renew(renewing, now), terminated: await this.terminate(ending, now) };
  }

  private async renew(due: Subscription[], now: Date): Promise<number> {
    if (!due.length) return 0;
    const next = due.map((s) => ({
      ...s,
      periodNumber: s.periodNumber + 1,
      currentPeriodStart: s.currentPeriodEnd,
      currentPeriodEnd: periodEnd(s.startDate, s.periodUnit, s.periodLength, s.periodNumber + 1),
      updatedAt: now,
      version: s.version + 1,
    }));
    // One UPDATE per (old end, new end): with subscriptions sold in bulk, a batch shares a few.
    const groups = new Map<string, { oldEnd: Date; newEnd: Date; ids: number[] }>();
    for (const [i, s] of next.entries()) {
      const key = `${due[i].currentPeriodEnd.getTime()}:${s.currentPeriodEnd.getTime()}`;
      const group = groups.get(key) ?? { oldEnd: due[i].currentPeriodEnd, newEnd: s.currentPeriodEnd, ids: [] };
      group.ids.push(s.id);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const moved = await this.renewals.renew(group.ids, group.oldEnd, group.newEnd, now);
      // The rows are locked: anything else means another writer got round the lock, and nothing of this batch may stand.
      if (moved !== group.ids.length)
        throw new Error(`Renewal: ${group.ids.length - moved} of ${group.ids.length} subscriptions changed under the job`);
    }
    await this.renewals.insertPeriods(
      next.map((s) => ({
        subscriptionId: s.id,
        periodNumber: s.periodNumber,
        periodStart: s.currentPeriodStart,
        periodEnd: s.currentPeriodEnd,
        amountMinor: s.priceAmountMinor,
        currency: s.currency,
        createdAt: now,
      })),
    );
    const baseUrl = this.config.publicUrl ?? '';
    await this.events.recordMany(
      next.map((s) => ({
        eventType: PRODUCT_RENEW_EVENT,
        resourceType: 'product',
        resourceId: s.id,
        resource: renewalSnapshot(s, baseUrl),
      })),
    );
    return next.length;
  }

  private async terminate(due: Subscription[], now: Date): Promise<number> {
    if (!due.length) return 0;
    const moved = await this.renewals.terminate(
      due.map((s) => s.id),
      now,
    );
    if (moved !== due.length) throw new Error(`Renewal: ${due.length - moved} of ${due.length} subscriptions changed under the job`);
    for (const s of due) await this.resources.release(s.id, RENEWAL_ACTOR);
    const baseUrl = this.config.publicUrl ?? '';
    await this.transitions.recordMany(
      subscriptionProcess,
      due.map((s) => ({
        resourceId: s.id,
        from: s.status,
        to: 'terminated' as const,
        reason: s.status === 'pendingTerminate' ? 'scheduled cancellation' : 'not renewed',
        resource: renewalSnapshot(
          { ...s, status: 'terminated', terminationDate: s.currentPeriodEnd, updatedAt: now, version: s.version + 1 },
          baseUrl,
        ),
      })),
      RENEWAL_ACTOR,
    );
    return due.length;
  }
}
