import { Injectable } from '@nestjs/common';
import { CustomerDirectory } from '@contactly/customers';
import { toProductView } from './product.mapper.js';
import { SubscriptionResources } from './subscription-resources.js';
import type { Subscription } from './subscription.entity.js';
import type { ProductView } from './dto/product.dto.js';

/** Builds product views: a page's customers and numbers are read in one query each. */
@Injectable()
export class SubscriptionViews {
  constructor(
    private readonly customers: CustomerDirectory,
    private readonly resources: SubscriptionResources,
  ) {}

  async many(subscriptions: Subscription[], baseUrl: string): Promise<ProductView[]> {
    if (!subscriptions.length) return [];
    // The rows were read within the caller's scope already: their customers are read without it.
    const customers = await this.customers.findMany(
      subscriptions.map((s) => s.customerId),
      { kind: 'all' },
    );
    const names = new Map(customers.map((c) => [c.id, c.fullName]));
    const resources = await this.resources.of(subscriptions.map((s) => s.id));
    return subscriptions.map((s) =>
      toProductView(s, { customerName: names.get(s.customerId) ?? '', resources: resources.get(s.id) ?? [] }, baseUrl),
    );
  }

  async one(subscription: Subscription, baseUrl: string): Promise<ProductView> {
    return (await this.many([subscription], baseUrl))[0];
  }
}
