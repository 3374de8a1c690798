import { Module } from '@nestjs/common';
import { provideSettings } from '@contactly/platform';
import { IdentityModule } from '@contactly/identity';
import { CATALOG_ACCESS } from './catalog.access.js';
import { CatalogSettings } from './catalog.settings.js';
import { CatalogDumpController } from './dump/catalog-dump.controller.js';
import { CatalogDumpRepository } from './dump/catalog-dump.repository.js';
import { CatalogDumpRetention } from './dump/catalog-dump-retention.js';
import { CatalogDumpScheduler } from './dump/catalog-dump.scheduler.js';
import { CatalogDumpService } from './dump/catalog-dump.service.js';
import { CatalogDumpWriter } from './dump/catalog-dump.writer.js';
import { OfferingCatalog } from './offering/offering-catalog.js';

/**
 * The product catalog (TMF620): specifications, offerings (bundles one level deep), their prices,
 * categories and catalogs, each with a declared lifecycle; and the daily dump of what is sellable.
 * The libs that sell read it through OfferingCatalog.
 */
@Module({
  imports: [IdentityModule],
  controllers: [CatalogDumpController],
  providers: [
    OfferingCatalog,
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
