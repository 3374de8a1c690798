import { definePermissions, type PermissionNames } from '@contactly/platform';

/** Users, roles and affiliates are identity's. */
export const IDENTITY_PERMISSIONS = definePermissions({
  'users:read': 'See users and their roles',
  'users:write': 'Create, edit, deactivate and delete users; reset passwords',
  'roles:read': 'See roles and their permissions',
  'roles:write': 'Create, edit and delete roles and their permissions',
  'affiliates:read': 'See affiliates and their API credentials',
  'affiliates:write': 'Create, edit and delete affiliates; issue and revoke their API credentials',
});

declare module '@contactly/platform' {
  interface PermissionRegistry extends PermissionNames<typeof IDENTITY_PERMISSIONS> {}
}
