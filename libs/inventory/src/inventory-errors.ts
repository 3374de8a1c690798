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
  /** A cancellation at period end is scheduled already (undo it first to change it). */
  CANCELLATION_ALREADY_SCHEDULED: 'CANCELLATION_ALREADY_SCHEDULED',
  /** The customer named by `relatedParty` does not exist in the caller's scope. */
  CUSTOMER_NOT_FOUND: 'CUSTOMER_NOT_FOUND',
  /** The billing account is not an open account of the subscription's customer (or the customer has none). */
  BILLING_ACCOUNT_NOT_OF_CUSTOMER: 'BILLING_ACCOUNT_NOT_OF_CUSTOMER',
  /** The chosen price is not a recurring one, or the offering has no recurring price to subscribe to. */
  PRICE_NOT_RECURRING: 'PRICE_NOT_RECURRING',
  /** Only subscriptions that never started or were cancelled/aborted can be deleted. */
  PRODUCT_NOT_DELETABLE: 'PRODUCT_NOT_DELETABLE',
  /** Suspending, resuming, activating and aborting are the operator's (staff, affiliates), not the subscriber's. */
  STATUS_CHANGE_NOT_ALLOWED: 'STATUS_CHANGE_NOT_ALLOWED',
} as const;

export type InventoryErrorCode = (typeof INVENTORY_ERRORS)[keyof typeof INVENTORY_ERRORS];
