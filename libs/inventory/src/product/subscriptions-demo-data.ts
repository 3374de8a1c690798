import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Database, LeaseService, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { CustomerDirectory } from '@contactly/customers';
import { OfferingCatalog } from '@contactly/catalog';
import { Subscription } from './subscription.entity.js';
import { SubscriptionService } from './subscription.service.js';

/** Demo customers given a subscription: the first ones (they have billing accounts from the customers' demo data). */
const DEMO_SUBSCRIBERS = 60;

/**
 * Subscriptions on demo customers (SEED_DEMO_DATA), made through SubscriptionService as an agent
 * would: after the customers' and the catalog's demo data (Nest starts the modules this one imports
 * first), under a lease, only into a database without subscriptions, and nothing at all while the
 * catalog sells nothing. Every 4th does not renew, every 7th is cancelled at period end.
 */
@Injectable()
export class SubscriptionsDemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger(SubscriptionsDemoData.name);

  constructor(
    private readonly config: AppConfig,
    private readonly lease: LeaseService,
    private readonly db: Database,
    private readonly catalog: OfferingCatalog,
    private readonly customers: CustomerDirectory,
    private readonly subscriptions: SubscriptionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    await this.lease.runExclusive('subscriptions-demo-data', 120_000, async () => {
      await this.seed();
    });
  }

  async seed(): Promise<number> {
    if ((await this.db.repository(Subscription).count({ take: 1 })) > 0) return 0;
    const offerings = await this.catalog.sellableIds(20);
    if (!offerings.length) return 0;
    const ids = (
      await this.customers.existingIds(
        Array.from({ length: DEMO_SUBSCRIBERS * 2 }, (_, i) => i + 1),
        { kind: 'all' },
      )
    ).values();
    let made = 0;
    for (const customerId of [...ids].slice(0, DEMO_SUBSCRIBERS)) {
      const offeringId = offerings[made % offerings.length];
      try {
        const { body } = await this.subscriptions.create({ customerId, offeringId, autoRenew: made % 4 !== 3 }, SYSTEM_PRINCIPAL);
        if (made % 7 === 6)
          await this.subscriptions.update(
            Number(body.id),
            { status: 'pendingTerminate' },
            undefined,
            SYSTEM_PRINCIPAL,
            this.config.publicUrl ?? '',
          );
        made += 1;
      } catch (error) {
        // A customer without an open billing account, an offering without a recurring price: skip it.
        this.logger.debug(`No demo subscription for customer ${customerId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (made) this.logger.log(`Seeded ${made} demo subscriptions`);
    return made;
  }
}
