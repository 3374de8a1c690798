/**
 * Every error code the catalog answers with. Clients branch on them, so they are stable: services
 * throw with these constants. Codes every lib shares (VALIDATION_FAILED, INVALID_STATE_TRANSITION…)
 * are platform's PLATFORM_ERRORS.
 */
export const CATALOG_ERRORS = {
  PRODUCT_OFFERING_NOT_FOUND: 'PRODUCT_OFFERING_NOT_FOUND',
  PRODUCT_OFFERING_PRICE_NOT_FOUND: 'PRODUCT_OFFERING_PRICE_NOT_FOUND',
  PRODUCT_SPECIFICATION_NOT_FOUND: 'PRODUCT_SPECIFICATION_NOT_FOUND',
  CATEGORY_NOT_FOUND: 'CATEGORY_NOT_FOUND',
  CATALOG_NOT_FOUND: 'CATALOG_NOT_FOUND',
  /** A `resourceSpecification` that is not one of the resource kinds (msisdn, iccid). */
  RESOURCE_SPECIFICATION_NOT_FOUND: 'RESOURCE_SPECIFICATION_NOT_FOUND',
  /** A bundle inside a bundle, or a bundle member made a bundle: bundles are one level deep. */
  BUNDLE_TOO_DEEP: 'BUNDLE_TOO_DEEP',
  /** A category under itself or under one of its own subcategories. */
  CATEGORY_CYCLE: 'CATEGORY_CYCLE',
  /** Launching (or keeping launched) an offering whose specification or a price is retired or obsolete. */
  OFFERING_NOT_LAUNCHABLE: 'OFFERING_NOT_LAUNCHABLE',
  /** An offering that is not launched (or not sellable on its own) was sold or subscribed to. */
  OFFERING_NOT_SELLABLE: 'OFFERING_NOT_SELLABLE',
  /** A price that is not one of the offering's, or not usable, was chosen. */
  PRICE_NOT_OF_OFFERING: 'PRICE_NOT_OF_OFFERING',
  /** Deleting or retiring what an active subscription, an open order or another catalog entry uses. */
  CATALOG_ENTRY_IN_USE: 'CATALOG_ENTRY_IN_USE',
  CATALOG_DUMP_NOT_FOUND: 'CATALOG_DUMP_NOT_FOUND',
  CATALOG_DUMP_BUSY: 'CATALOG_DUMP_BUSY',
} as const;

export type CatalogErrorCode = (typeof CATALOG_ERRORS)[keyof typeof CATALOG_ERRORS];
