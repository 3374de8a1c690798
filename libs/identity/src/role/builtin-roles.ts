export const ADMIN_ROLE = 'admin';

/**
 * The roles every installation starts with; their permissions can be edited afterwards (but admin's).
 * Admin holds every permission; the others get what each lib grants them (see BuiltinRoleGrants).
 */
export const BUILTIN_ROLES = [
  { name: ADMIN_ROLE, description: 'Administers the platform: every permission, always' },
  { name: 'agent', description: 'Customer service agent: works on customers, their accounts and payment methods' },
  { name: 'support-engineer', description: 'Works the aggregated CRM cases of the support hub' },
  { name: 'marketer', description: 'Sends communications and reads their statistics' },
  { name: 'affiliate', description: 'A partner’s API client: manages the customers it owns' },
  { name: 'customer', description: 'A subscriber using self-service: only their own data' },
] as const;

export type BuiltinRoleName = (typeof BUILTIN_ROLES)[number]['name'];

export const ROLE_NAME_PATTERN = /^[a-z][a-z0-9-]{1,59}$/;
