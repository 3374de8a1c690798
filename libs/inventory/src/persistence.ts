import type { LibPersistence } from '@contactly/platform';
import { NumberTables1764000014200 } from './migrations/1764000014200-number-tables.js';
import { NumberReservation } from './reservation/number-reservation.entity.js';
import { NumberResource } from './resource/number-resource.entity.js';

/**
 * The inventory's entities and migrations, for the app's data source (and its tests) only: a separate
 * entry (`@contactly/inventory/persistence`) that dependency-cruiser lets only the app composition,
 * scripts, benchmarks and tests import.
 */
export const INVENTORY_PERSISTENCE: LibPersistence = {
  entities: [NumberResource, NumberReservation],
  migrations: [NumberTables1764000014200],
};
