import { Module } from '@nestjs/common';
import { provideSettings } from '@contactly/platform';
import { IdentityModule } from '@contactly/identity';
import { CustomersModule } from '@contactly/customers';
import { CatalogModule } from '@contactly/catalog';
import { INVENTORY_ACCESS } from './inventory.access.js';
import { InventorySettings } from './inventory.settings.js';
import { NumberAssignments } from './assignment/number-assignments.js';
import { SubscriptionResources } from './product/subscription-resources.js';
import { ReservationRepository } from './reservation/reservation.repository.js';
import { NumberResourceRepository } from './resource/number-resource.repository.js';

/**
 * What customers have: their subscriptions (TMF637 products: offering, price, term, auto-renewal,
 * a declared status process, cancellation and renewal) and the numbers and SIMs they use (TMF639
 * resources in pools: import, random pick, atomic reservation, assignment and aging).
 */
@Module({
  imports: [IdentityModule, CustomersModule, CatalogModule],
  controllers: [],
  providers: [
    ...INVENTORY_ACCESS,
    provideSettings(InventorySettings),
    NumberResourceRepository,
    ReservationRepository,
    NumberAssignments,
    { provide: SubscriptionResources, useExisting: NumberAssignments },
  ],
  exports: [],
})
export class InventoryModule {}
