import { providePermissions } from '@contactly/platform';
import { grantToBuiltinRoles } from '@contactly/identity';
import { INVENTORY_PERMISSIONS } from './inventory.permissions.js';

/** The inventory permissions, and which of them the built-in roles start with (subscribers manage theirs with self:*). */
export const INVENTORY_ACCESS = [
  providePermissions(INVENTORY_PERMISSIONS),
  grantToBuiltinRoles(INVENTORY_PERMISSIONS, {
    agent: ['subscriptions:read', 'subscriptions:write', 'numbers:read', 'numbers:reserve'],
    affiliate: ['subscriptions:read', 'subscriptions:write', 'numbers:read', 'numbers:reserve'],
    'support-engineer': ['subscriptions:read'],
  }),
];
