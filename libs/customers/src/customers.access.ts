import { providePermissions } from '@contactly/platform';
import { grantToBuiltinRoles } from '@contactly/identity';
import { CUSTOMERS_PERMISSIONS } from './customers.permissions.js';

/** The customers permissions, and which of them the built-in roles start with. */
export const CUSTOMERS_ACCESS = [
  providePermissions(CUSTOMERS_PERMISSIONS),
  grantToBuiltinRoles(CUSTOMERS_PERMISSIONS, {
    agent: ['customers:read', 'customers:write', 'payment-methods:write'],
    'support-engineer': ['customers:read'],
    marketer: ['customers:read'],
    affiliate: ['customers:read', 'customers:write', 'payment-methods:write'],
    customer: ['self:read', 'self:write'],
  }),
];
