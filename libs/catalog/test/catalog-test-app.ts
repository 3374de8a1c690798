import { mergePersistence } from '@contactly/platform';
import { createTestApp, type TestAppOptions } from '@contactly/platform/testing';
import { IdentityModule } from '@contactly/identity';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { CatalogModule } from '../src/index.js';
import { CATALOG_PERSISTENCE } from '../src/persistence.js';

/** The catalog over a fresh database (with identity, for users and roles). */
export const createCatalogTestApp = (options: Partial<TestAppOptions> = {}) =>
  createTestApp({
    modules: [IdentityModule, CatalogModule],
    ...mergePersistence(IDENTITY_PERSISTENCE, CATALOG_PERSISTENCE),
    ...options,
  });
