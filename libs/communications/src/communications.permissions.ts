import { definePermissions, type PermissionNames } from '@contactly/platform';

export const COMMUNICATIONS_PERMISSIONS = definePermissions({
  'communications:read': 'See communications, clients and their statuses',
  'communications:send': 'Send communications (within the role’s types and channels)',
  'communications:status': 'Update the statuses of sent communications (delivered, read, responded with survey answers, ignored, failed)',
  'communications:admin': 'Manage companies, departments, channels, types, documents and rules',
  'statistics:read': 'See communication statistics',
});

declare module '@contactly/platform' {
  interface PermissionRegistry extends PermissionNames<typeof COMMUNICATIONS_PERMISSIONS> {}
}
