import { mergePersistence } from '@contactly/platform';
import { createTestApp, type TestAppOptions } from '@contactly/platform/testing';
import { IdentityModule } from '@contactly/identity';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { CustomersModule } from '@contactly/customers';
import { CUSTOMERS_PERSISTENCE } from '@contactly/customers/persistence';
import { CatalogModule } from '@contactly/catalog';
import { CATALOG_PERSISTENCE } from '@contactly/catalog/persistence';
import { InventoryModule } from '../src/index.js';
import { INVENTORY_PERSISTENCE } from '../src/persistence.js';

/** The inventory over a fresh database, with the libs below it (users, customers, the catalog). */
export const createInventoryTestApp = (options: Partial<TestAppOptions> = {}) =>
  createTestApp({
    modules: [IdentityModule, CustomersModule, CatalogModule, InventoryModule],
    ...mergePersistence(IDENTITY_PERSISTENCE, CUSTOMERS_PERSISTENCE, CATALOG_PERSISTENCE, INVENTORY_PERSISTENCE),
    ...options,
  });
