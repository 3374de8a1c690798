import { Module } from '@nestjs/common';
import { hubControllerFor, provideSettings } from '@contactly/platform';
import { IdentityModule } from '@contactly/identity';
import { CustomersModule } from '@contactly/customers';
import { CatalogModule } from '@contactly/catalog';
import { INVENTORY_ACCESS } from './inventory.access.js';
import { InventorySettings } from './inventory.settings.js';
import { NumberAssignments } from './assignment/number-assignments.js';
import { NumbersDemoData } from './demo/numbers-demo-data.js';
import { CsvBodySupport } from './import/csv-body-support.js';
import { NumberImports } from './import/number-imports.js';
import { NumberPoolJobs } from './jobs/number-pool-jobs.js';
import { NumberPoolScheduler } from './jobs/number-pool.scheduler.js';
import { NumberPorting } from './porting/number-porting.js';
import { NumbersController } from './porting/numbers.controller.js';
import { SubscriptionResources } from './product/subscription-resources.js';
import { ReservationClosings } from './reservation/reservation-closings.js';
import { ReservationController } from './reservation/reservation.controller.js';
import { ReservationRepository } from './reservation/reservation.repository.js';
import { NumberClaims } from './reservation/number-claims.js';
import { ReservationService } from './reservation/reservation.service.js';
import { NumberMoves } from './resource/number-moves.js';
import { NumberResourceRepository } from './resource/number-resource.repository.js';
import { CustomerOverviewSubscriptions } from './product/customer-overview-subscriptions.js';
import { ProductController } from './product/product.controller.js';
import { PRODUCT_INVENTORY_API } from './product/product-paths.js';
import { SubscriptionActionsController } from './product/subscription-actions.controller.js';
import { SubscriptionActions } from './product/subscription-actions.service.js';
import { SubscriptionChanges } from './product/subscription-changes.js';
import { SubscriptionReferences } from './product/subscription-references.js';
import { SubscriptionViews } from './product/subscription-views.js';
import { SubscriptionRepository } from './product/subscription.repository.js';
import { SubscriptionService } from './product/subscription.service.js';
import { SubscriptionsDemoData } from './product/subscriptions-demo-data.js';
import { RenewalRepository } from './renewal/renewal.repository.js';
import { RenewalScheduler } from './renewal/renewal.scheduler.js';
import { SubscriptionRenewal } from './renewal/subscription-renewal.js';
import { RESOURCE_API } from './resource/resource-paths.js';
import { ResourceController } from './resource/resource.controller.js';
import { ResourceService } from './resource/resource.service.js';

/**
 * What customers have: their subscriptions (TMF637 products: offering, price, term, auto-renewal,
 * a declared status process, cancellation and renewal) and the numbers and SIMs they use (TMF639
 * resources in pools: import, random pick, atomic reservation, assignment and aging).
 */
@Module({
  imports: [IdentityModule, CustomersModule, CatalogModule],
  controllers: [
    ProductController,
    hubControllerFor('productInventory', PRODUCT_INVENTORY_API, 'subscriptions:read'),
    SubscriptionActionsController,
    ResourceController,
    hubControllerFor('resourceInventoryManagement', RESOURCE_API, 'numbers:read'),
    ReservationController,
    NumbersController,
  ],
  providers: [
    ...INVENTORY_ACCESS,
    provideSettings(InventorySettings),
    NumberResourceRepository,
    ReservationRepository,
    ReservationClosings,
    NumberMoves,
    ResourceService,
    NumberClaims,
    ReservationService,
    NumberImports,
    NumberPorting,
    CsvBodySupport,
    NumberPoolJobs,
    NumberPoolScheduler,
    NumbersDemoData,
    NumberAssignments,
    { provide: SubscriptionResources, useExisting: NumberAssignments },
    SubscriptionRepository,
    SubscriptionViews,
    SubscriptionChanges,
    SubscriptionService,
    SubscriptionActions,
    SubscriptionReferences,
    SubscriptionsDemoData,
    CustomerOverviewSubscriptions,
    RenewalRepository,
    SubscriptionRenewal,
    RenewalScheduler,
  ],
  exports: [SubscriptionService],
})
export class InventoryModule {}
