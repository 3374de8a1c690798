import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { LeaseService } from '@contactly/platform';
import { InventorySettings } from '../inventory.settings.js';
import { type RenewalReport, SubscriptionRenewal } from './subscription-renewal.js';

const INTERVAL = 'subscription-renewal';
const LEASE = 'subscription-renewal';
/** Renewed every third of it while a run goes on: an instance that dies holding it blocks renewals this long at most. */
const LEASE_MS = 30_000;

/**
 * Runs the renewal every SUBSCRIPTION_RENEWAL_MINUTES when SUBSCRIPTION_SCHEDULER is on (off in
 * tests, which call `run`). Every instance ticks; the database lease makes one of them renew at a
 * time (and the renewal itself is safe if two ever did).
 */
@Injectable()
export class RenewalScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RenewalScheduler.name);
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly settings: InventorySettings,
    private readonly registry: SchedulerRegistry,
    private readonly lease: LeaseService,
    private readonly renewal: SubscriptionRenewal,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.subscriptionScheduler) return;
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.tick(), this.settings.subscriptionRenewalMinutes * 60_000),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    try {
      this.registry.deleteInterval(INTERVAL);
    } catch {
      // The scheduler is off on this instance.
    }
    await this.running;
  }

  /** One leased run: what it did, or null when another run (here or on another instance) holds the lease. */
  async run(): Promise<RenewalReport | null> {
    let report: RenewalReport | null = null;
    await this.lease.runExclusive(LEASE, LEASE_MS, async (lost) => {
      report = await this.renewal.renewDue(lost);
    });
    return report;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.run()
      .then((report) => {
        if (report && report.renewed + report.terminated > 0)
          this.logger.log(`Renewed ${report.renewed} subscriptions, ended ${report.terminated}`);
      })
      .catch((error: unknown) => this.logger.warn(`Subscription renewal failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
