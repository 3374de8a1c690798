import { definePermissions, type PermissionNames } from '@contactly/platform';

export const SUPPORT_HUB_PERMISSIONS = definePermissions({
  'support-hub:read': 'See aggregated support cases and refresh status',
  'support-hub:refresh': 'Trigger a refresh of CRM cases (at most every 15 minutes)',
  'support-hub:force-refresh': 'Trigger a refresh of CRM cases at any time',
  'support-hub:merge': 'Merge aggregated cases and split cases out',
  'support-hub:rules': 'Edit the grouping rules of the support hub',
});

declare module '@contactly/platform' {
  interface PermissionRegistry extends PermissionNames<typeof SUPPORT_HUB_PERMISSIONS> {}
}
