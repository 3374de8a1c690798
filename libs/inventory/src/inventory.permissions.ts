import { definePermissions, type PermissionNames } from '@contactly/platform';

export const INVENTORY_PERMISSIONS = definePermissions({
  'subscriptions:read': 'See the subscriptions (TMF637 products) of the customers in your scope',
  'subscriptions:write': 'Create subscriptions, cancel them, suspend and resume them, change auto-renewal',
  'numbers:read': 'See the number inventory (MSISDNs and ICCIDs) and reservations',
  'numbers:reserve': 'Reserve numbers for a customer or a cart, and release the reservations',
  'numbers:write': 'Administer the number pools: import, port in and out, assign numbers',
});

declare module '@contactly/platform' {
  interface PermissionRegistry extends PermissionNames<typeof INVENTORY_PERMISSIONS> {}
}
