import { definePermissions, type PermissionNames } from './permissions.js';

/** What platform itself serves: the audit history, metrics, the event feed and the development mailbox. */
export const PLATFORM_PERMISSIONS = definePermissions({
  'audit:read': 'See the audit history of records',
  'metrics:read': 'Read the Prometheus metrics',
  'events:read': 'Read the feed of business events (for the data warehouse)',
  'dev-mailbox:read': 'Read the development mailbox (not in production)',
});

declare module './permissions.js' {
  interface PermissionRegistry extends PermissionNames<typeof PLATFORM_PERMISSIONS> {}
}
