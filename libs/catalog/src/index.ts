export { CatalogModule } from './catalog.module.js';
export { CatalogSettings } from './catalog.settings.js';
export { OfferingCatalog } from './offering/offering-catalog.js';
export type { SellableOffering, SellablePrice } from './offering/sellable-offering.js';
export { LIFECYCLE_STATUSES, type LifecycleStatus } from './shared/lifecycle-status.js';
export {
  PRICE_TYPES,
  type PriceType,
  RECURRING_PERIODS,
  type RecurringPeriod,
  RESOURCE_KINDS,
  type ResourceKind,
} from './shared/catalog-kinds.js';

export { CATALOG_PERMISSIONS } from './catalog.permissions.js';
export { CATALOG_ERRORS, type CatalogErrorCode } from './catalog-errors.js';
