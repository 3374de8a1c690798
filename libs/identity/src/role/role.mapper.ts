import { ALL_PERMISSIONS } from '@contactly/platform';
import { ADMIN_ROLE } from './builtin-roles.js';
import type { RoleDto } from './dto/role.dto.js';
import type { Role } from './role.entity.js';

export function toRoleDto(role: Role, userCount: number): RoleDto {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    builtin: role.builtin,
    permissions: [...(role.name === ADMIN_ROLE ? ALL_PERMISSIONS : role.permissions)].sort(),
    userCount,
    version: role.version,
    createdAt: role.createdAt.toISOString(),
    updatedAt: role.updatedAt.toISOString(),
  };
}
