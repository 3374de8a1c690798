import { providePermissions } from '@contactly/platform';
import { grantToBuiltinRoles } from '@contactly/identity';
import { CATALOG_PERMISSIONS } from './catalog.permissions.js';

/** The catalog permissions, and which of them the built-in roles start with: everyone who sells or buys reads the catalog. */
export const CATALOG_ACCESS = [
  providePermissions(CATALOG_PERMISSIONS),
  grantToBuiltinRoles(CATALOG_PERMISSIONS, {
    agent: ['catalog:read'],
    affiliate: ['catalog:read'],
    customer: ['catalog:read'],
    marketer: ['catalog:read'],
    'support-engineer': ['catalog:read'],
  }),
];
