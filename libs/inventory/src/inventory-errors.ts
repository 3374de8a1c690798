/**
 * Every error code the inventory answers with. Clients branch on them, so they are stable: services
 * throw with these constants. Codes every lib shares (VALIDATION_FAILED, INVALID_STATE_TRANSITION…)
 * are platform's PLATFORM_ERRORS.
 */
export const INVENTORY_ERRORS = {
  PRODUCT_NOT_FOUND: 'PRODUCT_NOT_FOUND',
  RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
  RESERVATION_NOT_FOUND: 'RESERVATION_NOT_FOUND',
  /** The number is not available (reserved, assigned, aging or ported out). */
  NUMBER_NOT_AVAILABLE: 'NUMBER_NOT_AVAILABLE',
  /** "Any matching" found no free number. */
  NO_NUMBER_AVAILABLE: 'NO_NUMBER_AVAILABLE',
  NUMBER_ALREADY_IN_POOL: 'NUMBER_ALREADY_IN_POOL',
  IMPORT_TOO_LARGE: 'IMPORT_TOO_LARGE',
  INVALID_IMPORT_LINE: 'INVALID_IMPORT_LINE',
  SUBSCRIPTION_ALREADY_ENDED: 'SUBSCRIPTION_ALREADY_ENDED',
  NO_CANCELLATION_SCHEDULED: 'NO_CANCELLATION_SCHEDULED',
} as const;

export type InventoryErrorCode = (typeof INVENTORY_ERRORS)[keyof typeof INVENTORY_ERRORS];
