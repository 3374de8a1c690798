import { Module } from '@nestjs/common';
import { hubControllerFor, provideSettings } from '@contactly/platform';
import { IdentityModule } from '@contactly/identity';
import { CATALOG_ACCESS } from './catalog.access.js';
import { CatalogSettings } from './catalog.settings.js';
import { CatalogController } from './catalog/product-catalog.controller.js';
import { ProductCatalogService } from './catalog/product-catalog.service.js';
import { CategoryController } from './category/product-category.controller.js';
import { ProductCategoryService } from './category/product-category.service.js';
import { CatalogDemoData } from './demo/catalog-demo-data.js';
import { CatalogDumpController } from './dump/catalog-dump.controller.js';
import { CatalogDumpRepository } from './dump/catalog-dump.repository.js';
import { CatalogDumpRetention } from './dump/catalog-dump-retention.js';
import { CatalogDumpScheduler } from './dump/catalog-dump.scheduler.js';
import { CatalogDumpService } from './dump/catalog-dump.service.js';
import { CatalogDumpWriter } from './dump/catalog-dump.writer.js';
import { OfferingCatalog } from './offering/offering-catalog.js';
import { OfferingLinksRepository } from './offering/offering-links.repository.js';
import { ProductOfferingController } from './offering/product-offering.controller.js';
import { ProductOfferingService } from './offering/product-offering.service.js';
import { ProductOfferingPriceController } from './price/product-offering-price.controller.js';
import { ProductOfferingPriceService } from './price/product-offering-price.service.js';
import { CatalogEntryRepository } from './shared/catalog-entry.repository.js';
import { CatalogKit } from './shared/catalog-kit.js';
import { CATALOG_API } from './shared/catalog-paths.js';
import { ProductSpecificationController } from './specification/product-specification.controller.js';
import { ProductSpecificationService } from './specification/product-specification.service.js';

/**
 * The product catalog (TMF620): specifications, offerings (bundles one level deep), their prices,
 * categories and catalogs, each with a declared lifecycle; and the daily dump of what is sellable.
 * The libs that sell read it through OfferingCatalog.
 */
@Module({
  imports: [IdentityModule],
  controllers: [
    CatalogController,
    CategoryController,
    ProductSpecificationController,
    ProductOfferingController,
    ProductOfferingPriceController,
    CatalogDumpController,
    hubControllerFor('productCatalogManagement', CATALOG_API, 'catalog:read'),
  ],
  providers: [
    OfferingCatalog,
    CatalogEntryRepository,
    CatalogKit,
    OfferingLinksRepository,
    ProductCatalogService,
    ProductCategoryService,
    ProductSpecificationService,
    ProductOfferingService,
    ProductOfferingPriceService,
    CatalogDemoData,
    ...CATALOG_ACCESS,
    provideSettings(CatalogSettings),
    CatalogDumpRepository,
    CatalogDumpWriter,
    CatalogDumpRetention,
    CatalogDumpService,
    CatalogDumpScheduler,
  ],
  exports: [OfferingCatalog],
})
export class CatalogModule {}
