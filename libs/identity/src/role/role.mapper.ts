import type { Permission } from '@contactly/platform';
import { ADMIN_ROLE } from './builtin-roles.js';
import type { RoleDto } from './dto/role.dto.js';
import type { Role } from './role.entity.js';

/** `allPermissions`: what admin holds, whatever its row says. */
export function toRoleDto(role: Role, userCount: number, allPermissions: readonly Permission[]): RoleDto {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    builtin: role.builtin,
    permissions: [...(role.name === ADMIN_ROLE ? allPermissions : role.permissions)].sort(),
    userCount,
    version: role.version,
    createdAt: role.createdAt.toISOString(),
    updatedAt: role.updatedAt.toISOString(),
  };
}
