import { Module } from '@nestjs/common';
import { IdentityModule } from '@contactly/identity';
import { CustomersModule } from '@contactly/customers';
import { CatalogModule } from '@contactly/catalog';
import { INVENTORY_ACCESS } from './inventory.access.js';

/**
 * What customers have: their subscriptions (TMF637 products: offering, price, term, auto-renewal,
 * a declared status process, cancellation and renewal) and the numbers and SIMs they use (TMF639
 * resources in pools: import, random pick, atomic reservation, assignment and aging).
 */
@Module({
  imports: [IdentityModule, CustomersModule, CatalogModule],
  controllers: [],
  providers: [...INVENTORY_ACCESS],
  exports: [],
})
export class InventoryModule {}
