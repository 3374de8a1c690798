import { ALL_PERMISSIONS, type Permission } from '@contactly/platform';

export const ADMIN_ROLE = 'admin';

/** The roles every installation starts with; their permissions can be edited afterwards (but admin's). */
export const BUILTIN_ROLES: { name: string; description: string; permissions: readonly Permission[] }[] = [
  { name: ADMIN_ROLE, description: 'Administers the platform: every permission, always', permissions: ALL_PERMISSIONS },
  {
    name: 'agent',
    description: 'Customer service agent: works on customers, their accounts and payment methods',
    permissions: ['customers:read', 'customers:write', 'payment-methods:write', 'audit:read', 'support-hub:read', 'communications:read'],
  },
  {
    name: 'support-engineer',
    description: 'Works the aggregated CRM cases of the support hub',
    permissions: ['support-hub:read', 'support-hub:refresh', 'support-hub:merge', 'customers:read'],
  },
  {
    name: 'marketer',
    description: 'Sends communications and reads their statistics',
    permissions: ['communications:read', 'communications:send', 'communications:status', 'statistics:read', 'customers:read'],
  },
  {
    name: 'affiliate',
    description: 'A partner’s API client: manages the customers it owns',
    permissions: ['customers:read', 'customers:write', 'payment-methods:write'],
  },
  {
    name: 'customer',
    description: 'A subscriber using self-service: only their own data',
    permissions: ['self:read', 'self:write'],
  },
];

export const ROLE_NAME_PATTERN = /^[a-z][a-z0-9-]{1,59}$/;
