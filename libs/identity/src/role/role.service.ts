import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  CredentialCache,
  Database,
  invalid,
  type ListQuery,
  notFound,
  Page,
  PermissionCatalogue,
  type Principal,
  retryOnVersionConflict,
  rowIdOf,
  Versioned,
  ReferenceHolders,
} from '@contactly/platform';
import type { UserDto } from '../user/dto/user.dto.js';
import { toUserDto } from '../user/user.mapper.js';
import { UserRepository } from '../user/user.repository.js';
import { ADMIN_ROLE } from './builtin-roles.js';
import type { RoleDto } from './dto/role.dto.js';
import type { CreateRoleDto, UpdateRoleDto } from './dto/role-input.dto.js';
import { toRoleDto } from './role.mapper.js';
import type { Role } from './role.entity.js';
import { RoleRepository } from './role.repository.js';
import { IDENTITY_ERRORS } from '../identity-errors.js';

/** Roles and their permissions; the admin role always holds every permission. */
@Injectable()
export class RoleService {
  constructor(
    private readonly roles: RoleRepository,
    private readonly users: UserRepository,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly credentials: CredentialCache,
    private readonly clock: Clock,
    private readonly catalogue: PermissionCatalogue,
    private readonly references: ReferenceHolders,
  ) {}

  async list(query: ListQuery): Promise<Page<RoleDto>> {
    const page = await this.roles.list(query);
    const counts = await this.roles.holderCounts(page.items.map((r) => r.id));
    return new Page(
      page.items.map((role) => toRoleDto(role, counts.get(role.id) ?? 0, this.catalogue.all())),
      page.total,
      page.fields,
    );
  }

  async get(idOrName: string): Promise<Versioned<RoleDto>> {
    const role = await this.find(idOrName);
    return new Versioned(await this.dto(role), role.version);
  }

  async listUsers(idOrName: string, query: ListQuery): Promise<Page<UserDto>> {
    const role = await this.find(idOrName);
    const page = await this.users.list(query, { roleId: role.id });
    return new Page(
      page.items.map(({ user, roles }) =>
        toUserDto(
          user,
          roles.map((r) => r.name),
        ),
      ),
      page.total,
      page.fields,
    );
  }

  async create(input: CreateRoleDto, actor: Principal): Promise<RoleDto> {
    const permissions = this.validPermissions(input.permissions);
    return this.db.transaction(async () => {
      if (await this.roles.findByName(input.name))
        throw conflict(IDENTITY_ERRORS.ROLE_NAME_TAKEN, `A role named ${input.name} already exists`);
      const now = this.clock.now();
      const role = await this.roles.insert({
        name: input.name,
        description: input.description ?? '',
        builtin: false,
        permissions,
        createdAt: now,
        updatedAt: now,
      });
      const dto = toRoleDto(role, 0, this.catalogue.all());
      await this.changes.record({ resource: 'Role', resourceType: 'role', resourceId: role.id, actor, before: null, after: dto });
      return dto;
    });
  }

  async update(idOrName: string, input: UpdateRoleDto, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<RoleDto>> {
    return this.change(idOrName, expectedVersion, actor, (role) => ({
      description: input.description ?? role.description,
      ...(input.permissions ? { permissions: this.validPermissions(input.permissions) } : {}),
    }));
  }

  addPermissions(idOrName: string, permissions: string[], actor: Principal): Promise<Versioned<RoleDto>> {
    const added = this.validPermissions(permissions);
    return this.change(idOrName, undefined, actor, (role) => ({ permissions: [...new Set([...role.permissions, ...added])] }));
  }

  removePermission(idOrName: string, permission: string, actor: Principal): Promise<Versioned<RoleDto>> {
    return this.change(idOrName, undefined, actor, (role) => {
      if (!role.permissions.includes(permission))
        throw notFound(IDENTITY_ERRORS.PERMISSION_NOT_HELD, `The role ${role.name} does not hold ${permission}`);
      return { permissions: role.permissions.filter((p) => p !== permission) };
    });
  }

  async delete(idOrName: string, actor: Principal): Promise<void> {
    await this.db.transaction(async () => {
      // First, before any read: a writer adding a reference to this row (lockForReference) finishes
      // first, or waits and then finds it gone; the holders' checks below then see what it wrote.
      await this.roles.lockFirst(rowIdOf(idOrName) !== -1 ? { id: rowIdOf(idOrName) } : { name: idOrName });
      const role = await this.find(idOrName);
      if (role.builtin) throw conflict(IDENTITY_ERRORS.ROLE_BUILTIN, `The built-in role ${role.name} cannot be deleted`);
      const holders = await this.users.countHolders(role.id);
      if (holders > 0)
        throw conflict(IDENTITY_ERRORS.ROLE_IN_USE, `The role ${role.name} is held by ${holders} user(s); take it from them first`, {
          userCount: holders,
        });
      const dto = toRoleDto(role, 0, this.catalogue.all());
      // Libs above identity refer to roles by id: each refuses (409) or lets go here, in this transaction.
      await this.references.beforeDelete('role', role.id, { code: IDENTITY_ERRORS.ROLE_IN_USE, label: `The role ${role.name}` }, actor);
      await this.roles.delete(role.id);
      await this.changes.record({ resource: 'Role', resourceType: 'role', resourceId: role.id, actor, before: dto, after: null });
    });
  }

  /** Read-modify-write of a role with optimistic concurrency; cached principals are dropped after. */
  private async change(
    idOrName: string,
    expectedVersion: number | undefined,
    actor: Principal,
    apply: (role: Role) => Partial<Role>,
  ): Promise<Versioned<RoleDto>> {
    const result = await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const role = await this.find(idOrName);
          assertVersion(expectedVersion, role.version, `Role ${role.name}`);
          const changes = apply(role);
          if (
            role.name === ADMIN_ROLE &&
            changes.permissions &&
            [...new Set(changes.permissions)].sort().join() !== this.catalogue.all().sort().join()
          ) {
            throw conflict(IDENTITY_ERRORS.ADMIN_ROLE_HAS_ALL_PERMISSIONS, 'The admin role always holds every permission');
          }
          const before = await this.dto(role);
          await this.roles.update(role, { ...changes, updatedAt: this.clock.now() });
          const updated = await this.find(String(role.id));
          const after = await this.dto(updated);
          await this.changes.record({ resource: 'Role', resourceType: 'role', resourceId: role.id, actor, before, after });
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      'The role',
    );
    // Permissions of many users changed at once.
    await this.credentials.revokeAll();
    return result;
  }

  private validPermissions(permissions: string[]): string[] {
    const unknown = permissions.filter((p) => !this.catalogue.has(p));
    if (unknown.length) {
      throw invalid(
        IDENTITY_ERRORS.UNKNOWN_PERMISSION,
        `Unknown permission(s): ${unknown.join(', ')}`,
        unknown.map((p) => ({ field: 'permissions', message: `${p} is not a permission (see GET /api/v1/permissions)` })),
      );
    }
    return [...new Set(permissions)].sort();
  }

  /** A role by numeric id or by name; anything else reads as not found. */
  async find(idOrName: string): Promise<Role> {
    const role = rowIdOf(idOrName) !== -1 ? await this.roles.findById(rowIdOf(idOrName)) : await this.roles.findByName(idOrName);
    if (!role) throw notFound(IDENTITY_ERRORS.ROLE_NOT_FOUND, `Role ${idOrName} does not exist`);
    return role;
  }

  private async dto(role: Role): Promise<RoleDto> {
    return toRoleDto(role, (await this.roles.holderCounts([role.id])).get(role.id) ?? 0, this.catalogue.all());
  }

  /** Effective permissions of a set of roles. */
  permissionsOf(roles: Role[]): Set<string> {
    if (roles.some((r) => r.name === ADMIN_ROLE)) return new Set(this.catalogue.all());
    return new Set(roles.flatMap((r) => r.permissions));
  }
}
