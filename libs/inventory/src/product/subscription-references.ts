import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReferenceHolders } from '@contactly/platform';
import { SubscriptionRepository } from './subscription.repository.js';

/**
 * Tells the catalog (which cannot know this lib) what subscriptions still use: an offering or a
 * price that a subscription not yet over sells cannot be deleted or retired (409 naming them).
 * Ended subscriptions keep their copy of the name and price, so they hold nothing.
 */
@Injectable()
export class SubscriptionReferences implements OnModuleInit {
  constructor(
    private readonly references: ReferenceHolders,
    private readonly subscriptions: SubscriptionRepository,
  ) {}

  onModuleInit(): void {
    this.references.register('productOffering', {
      referencesTo: async (id) => [{ what: 'subscription(s)', ...(await this.subscriptions.liveUsing('offering_id', id)) }],
    });
    this.references.register('productOfferingPrice', {
      referencesTo: async (id) => [{ what: 'subscription(s)', ...(await this.subscriptions.liveUsing('price_id', id)) }],
    });
  }
}
