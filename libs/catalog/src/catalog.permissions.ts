import { definePermissions, type PermissionNames } from '@contactly/platform';

export const CATALOG_PERMISSIONS = definePermissions({
  'catalog:read': 'See the product catalog: offerings, prices, specifications, categories, catalogs and the daily dumps',
  'catalog:write': 'Create, change and delete catalog entries and move them through their lifecycle',
  'catalog:dump': 'Start a catalog dump on demand',
});

declare module '@contactly/platform' {
  interface PermissionRegistry extends PermissionNames<typeof CATALOG_PERMISSIONS> {}
}
