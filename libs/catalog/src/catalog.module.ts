import { Module } from '@nestjs/common';
import { IdentityModule } from '@contactly/identity';
import { CATALOG_ACCESS } from './catalog.access.js';
import { OfferingCatalog } from './offering/offering-catalog.js';

/**
 * The product catalog (TMF620): specifications, offerings (bundles one level deep), their prices,
 * categories and catalogs, each with a declared lifecycle; and the daily dump of what is sellable.
 * The libs that sell read it through OfferingCatalog.
 */
@Module({
  imports: [IdentityModule],
  controllers: [],
  providers: [OfferingCatalog, ...CATALOG_ACCESS],
  exports: [OfferingCatalog],
})
export class CatalogModule {}
