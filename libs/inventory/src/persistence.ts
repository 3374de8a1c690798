import type { LibPersistence } from '@contactly/platform';
import { NumberTables1764000014200 } from './migrations/1764000014200-number-tables.js';
import { NumberReservation } from './reservation/number-reservation.entity.js';
import { NumberResource } from './resource/number-resource.entity.js';
import { SubscriptionTables1764000014400 } from './migrations/1764000014400-subscription-tables.js';
import { SubscriptionPeriod } from './product/subscription-period.entity.js';
import { Subscription } from './product/subscription.entity.js';

/**
 * The inventory's entities and migrations, for the app's data source (and its tests) only: a separate
 * entry (`@contactly/inventory/persistence`) that dependency-cruiser lets only the app composition,
 * scripts, benchmarks and tests import.
 */
export const INVENTORY_PERSISTENCE: LibPersistence = {
  entities: [NumberResource, NumberReservation, Subscription, SubscriptionPeriod],
  migrations: [NumberTables1764000014200, SubscriptionTables1764000014400],
};
