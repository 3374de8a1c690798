import type { LibPersistence } from '@contactly/platform';
import { ProductCatalog, ProductCatalogCategory } from './catalog/product-catalog.entity.js';
import { ProductCategory } from './category/product-category.entity.js';
import { CatalogTables1764000014000 } from './migrations/1764000014000-catalog-tables.js';
import { CatalogListIndexes1764000014001 } from './migrations/1764000014001-catalog-list-indexes.js';
import { CatalogDumpTables1764000014600 } from './migrations/1764000014600-catalog-dump-tables.js';
import { CatalogDumpChunk } from './dump/catalog-dump-chunk.entity.js';
import { CatalogDump } from './dump/catalog-dump.entity.js';
import { ProductOfferingBundle, ProductOfferingCategory, ProductOfferingPriceLink } from './offering/product-offering-links.entity.js';
import { ProductOffering } from './offering/product-offering.entity.js';
import { ProductOfferingPrice } from './price/product-offering-price.entity.js';
import { ProductSpecification } from './specification/product-specification.entity.js';

/**
 * The catalog's entities and migrations, for the app's data source (and its tests) only: a separate
 * entry (`@contactly/catalog/persistence`) that dependency-cruiser lets only the app composition,
 * scripts, benchmarks and tests import.
 */
export const CATALOG_PERSISTENCE: LibPersistence = {
  entities: [
    ProductSpecification,
    ProductOfferingPrice,
    ProductOffering,
    ProductOfferingPriceLink,
    ProductOfferingBundle,
    ProductOfferingCategory,
    ProductCategory,
    ProductCatalog,
    ProductCatalogCategory,
    CatalogDump,
    CatalogDumpChunk,
  ],
  migrations: [CatalogTables1764000014000, CatalogListIndexes1764000014001, CatalogDumpTables1764000014600],
};
