import { Injectable } from '@nestjs/common';
import { Contributions, type Permission, PermissionCatalogue } from '@contactly/platform';
import { BuiltinRoleGrants } from './builtin-role-grants.js';
import { ADMIN_ROLE, BUILTIN_ROLES } from './builtin-roles.js';

export interface BuiltinRole {
  name: string;
  description: string;
  permissions: Permission[];
}

/** The built-in roles with the permissions the loaded modules grant them (admin: all of them). */
@Injectable()
export class BuiltinRoleCatalogue {
  constructor(
    private readonly contributions: Contributions,
    private readonly permissions: PermissionCatalogue,
  ) {}

  roles(): BuiltinRole[] {
    const granted = this.contributions.of(BuiltinRoleGrants);
    return BUILTIN_ROLES.map(({ name, description }) => {
      if (name === ADMIN_ROLE) return { name, description, permissions: this.permissions.all() };
      const permissions = new Set(granted.flatMap((contribution) => contribution.grants[name] ?? []));
      return { name, description, permissions: this.permissions.all().filter((permission) => permissions.has(permission)) };
    });
  }
}
