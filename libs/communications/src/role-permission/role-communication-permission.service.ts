import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Database, notFound, type Principal } from '@contactly/platform';
import { RoleDirectory, type RoleView } from '@contactly/identity';
import { parseIdOrName } from '../shared/names.js';
import { CatalogRefs } from '../shared/catalog-refs.js';
import type { ReplaceRoleCommunicationPermissionsDto, RoleCommunicationPermissionsView } from './dto/role-communication-permission.dto.js';
import { RoleCommunicationPermissionRepository, type TypeChannel } from './role-communication-permission.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Which communication types the holders of a role may send on which channels. */
@Injectable()
export class RoleCommunicationPermissionService {
  constructor(
    private readonly permissions: RoleCommunicationPermissionRepository,
    private readonly roles: RoleDirectory,
    private readonly refs: CatalogRefs,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
  ) {}

  async get(idOrName: string): Promise<RoleCommunicationPermissionsView> {
    const role = await this.role(idOrName);
    return this.view(role, await this.permissions.ofRole(role.id));
  }

  /** Replaces the role's type × channel permissions; unknown types or channels are 422 and change nothing. */
  async replace(
    idOrName: string,
    input: ReplaceRoleCommunicationPermissionsDto,
    actor: Principal,
  ): Promise<RoleCommunicationPermissionsView> {
    return this.db.transaction(async () => {
      const role = await this.role(idOrName);
      // Held against a concurrent delete of the role (which would otherwise leave these rows behind).
      if (!(await this.roles.lockForReference([role.id])).has(role.id))
        throw notFound(COMMUNICATIONS_ERRORS.ROLE_NOT_FOUND, `Role ${idOrName} does not exist`);
      await this.refs.assertExist({
        types: input.permissions.map((p, i) => ({ field: `permissions[${i}].communicationTypeId`, id: p.communicationTypeId })),
        channels: input.permissions.map((p, i) => ({ field: `permissions[${i}].sendChannelTypeId`, id: p.sendChannelTypeId })),
      });
      const unique = new Map(
        input.permissions.map((p) => [
          `${p.communicationTypeId}:${p.sendChannelTypeId}`,
          { communicationTypeId: p.communicationTypeId, sendChannelTypeId: p.sendChannelTypeId },
        ]),
      );
      const pairs = [...unique.values()].sort(
        (a, b) => a.communicationTypeId - b.communicationTypeId || a.sendChannelTypeId - b.sendChannelTypeId,
      );
      const before = this.view(role, await this.permissions.ofRole(role.id));
      await this.permissions.replace(role.id, pairs);
      const after = this.view(role, pairs);
      await this.changes.record({
        resource: 'RoleCommunicationPermissions',
        resourceType: 'roleCommunicationPermissions',
        resourceId: role.id,
        actor,
        before,
        after,
      });
      return after;
    });
  }

  /** The role is being deleted in identity: its permissions go with it, recorded as their change to none. */
  async releaseRole(roleId: number, actor: Principal): Promise<void> {
    const held = await this.permissions.ofRole(roleId);
    if (!held.length) return;
    const role = (await this.roles.find({ id: roleId })) ?? { id: roleId, name: String(roleId) };
    await this.permissions.replace(roleId, []);
    await this.changes.record({
      resource: 'RoleCommunicationPermissions',
      resourceType: 'roleCommunicationPermissions',
      resourceId: roleId,
      actor,
      before: this.view(role, held),
      after: this.view(role, []),
    });
  }

  /** A role by id or name; 404 when it does not exist. */
  async role(idOrName: string): Promise<RoleView> {
    const role = await this.roles.find(parseIdOrName(idOrName));
    if (!role) throw notFound(COMMUNICATIONS_ERRORS.ROLE_NOT_FOUND, `Role ${idOrName} does not exist`);
    return role;
  }

  private view(role: RoleView, permissions: TypeChannel[]): RoleCommunicationPermissionsView {
    return { roleId: role.id, roleName: role.name, permissions };
  }
}
