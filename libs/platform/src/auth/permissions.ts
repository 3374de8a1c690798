/**
 * Every permission the platform knows, with what it allows. Roles hold these; routes require them
 * with `@RequirePermissions`. A module that adds capabilities adds its permissions here.
 */
export const PERMISSIONS = {
  'users:read': 'See users and their roles',
  'users:write': 'Create, edit, deactivate and delete users; reset passwords',
  'roles:read': 'See roles and their permissions',
  'roles:write': 'Create, edit and delete roles and their permissions',
  'affiliates:read': 'See affiliates and their API credentials',
  'affiliates:write': 'Create, edit and delete affiliates; issue and revoke their API credentials',
  'audit:read': 'See the audit history of records',
  'metrics:read': 'Read the Prometheus metrics',
  'events:read': 'Read the feed of business events (for the data warehouse)',
  'customers:read': 'See customers, parties and their accounts (affiliates: only their own)',
  'customers:write': 'Create, edit and delete customers, parties and their accounts',
  'payment-methods:write': 'Add, replace and remove payment methods for customers',
  'self:read': 'A subscriber reads their own profile, accounts, payment methods and communications',
  'self:write': 'A subscriber edits their own profile and payment methods',
  'dev-mailbox:read': 'Read the development mailbox (not in production)',
  'support-hub:read': 'See aggregated support cases and refresh status',
  'support-hub:refresh': 'Trigger a refresh of CRM cases (at most every 15 minutes)',
  'support-hub:force-refresh': 'Trigger a refresh of CRM cases at any time',
  'support-hub:merge': 'Merge aggregated cases and split cases out',
  'support-hub:rules': 'Edit the grouping rules of the support hub',
  'communications:read': 'See communications, clients and their statuses',
  'communications:send': 'Send communications (within the role’s types and channels)',
  'communications:status': 'Update the statuses of sent communications (delivered, read, responded with survey answers, ignored, failed)',
  'communications:admin': 'Manage companies, departments, channels, types, documents and rules',
  'statistics:read': 'See communication statistics',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (value: string): value is Permission => Object.hasOwn(PERMISSIONS, value);
