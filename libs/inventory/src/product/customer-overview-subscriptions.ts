import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CustomerOverviewSections, type OverviewSubject, type OverviewSubscriptionsView } from '@contactly/customers';
import { SubscriptionRepository } from './subscription.repository.js';

/** Subscriptions shown on the customer overview. */
const LATEST = 10;

/** The customer 360 overview's `subscriptions` section (the customer was found within the caller's scope already). */
@Injectable()
export class CustomerOverviewSubscriptions implements OnModuleInit {
  constructor(
    private readonly sections: CustomerOverviewSections,
    private readonly subscriptions: SubscriptionRepository,
  ) {}

  onModuleInit(): void {
    this.sections.register('subscriptions', { permission: 'subscriptions:read', read: (subject) => this.read(subject) });
  }

  async read({ customerId }: OverviewSubject): Promise<OverviewSubscriptionsView> {
    const { latest, total, live } = await this.subscriptions.overviewOf(customerId, LATEST);
    return {
      live,
      total,
      latest: latest.map((s) => ({
        id: String(s.id),
        name: s.name,
        status: s.status,
        autoRenew: s.autoRenew,
        currentPeriodEnd: s.currentPeriodEnd.toISOString(),
        terminationDate: (s.terminationDate ?? (s.status === 'pendingTerminate' ? s.cancelAt : null))?.toISOString() ?? null,
      })),
    };
  }
}
