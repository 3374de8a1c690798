import type { Provider } from '@nestjs/common';
import type { Permission, PermissionSet } from '@contactly/platform';
import { ADMIN_ROLE, type BuiltinRoleName } from './builtin-roles.js';

/** Roles that receive grants; admin holds every permission anyway. */
export type GrantableRole = Exclude<BuiltinRoleName, typeof ADMIN_ROLE>;

/** Which permissions of one lib the built-in roles start with. */
export class BuiltinRoleGrants {
  constructor(readonly grants: Readonly<Partial<Record<GrantableRole, readonly Permission[]>>>) {}
}

/**
 * The provider a lib's module lists to grant its own permissions (of `set`) to built-in roles,
 * e.g. `grantToBuiltinRoles(CUSTOMERS_PERMISSIONS, { agent: ['customers:read'] })`.
 */
export const grantToBuiltinRoles = <Name extends Permission>(
  set: PermissionSet<Name>,
  grants: Partial<Record<GrantableRole, readonly NoInfer<Name>[]>>,
): Provider => ({
  provide: Symbol(`built-in role grants of ${set.names.join(' ')}`),
  useValue: new BuiltinRoleGrants(grants),
});
