import type { LibPersistence } from '@contactly/platform';

/**
 * The inventory's entities and migrations, for the app's data source (and its tests) only: a separate
 * entry (`@contactly/inventory/persistence`) that dependency-cruiser lets only the app composition,
 * scripts, benchmarks and tests import.
 */
export const INVENTORY_PERSISTENCE: LibPersistence = {
  entities: [],
  migrations: [],
};
