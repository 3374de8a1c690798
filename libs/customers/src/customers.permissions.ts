import { definePermissions, type PermissionNames } from '@contactly/platform';

/** Customers, parties, their accounts and payment methods; and a subscriber's self-service. */
export const CUSTOMERS_PERMISSIONS = definePermissions({
  'customers:read': 'See customers, parties and their accounts (affiliates: only their own)',
  'customers:write': 'Create, edit and delete customers, parties and their accounts',
  'payment-methods:write': 'Add, replace and remove payment methods for customers',
  'self:read': 'A subscriber reads their own profile, accounts, payment methods and communications',
  'self:write': 'A subscriber edits their own profile and payment methods',
});

declare module '@contactly/platform' {
  interface PermissionRegistry extends PermissionNames<typeof CUSTOMERS_PERMISSIONS> {}
}
