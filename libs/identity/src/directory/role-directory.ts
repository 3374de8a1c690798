import { Injectable } from '@nestjs/common';
import { Database, lockForReference } from '@contactly/platform';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Role } from '../role/role.entity.js';

export interface RoleView {
  id: number;
  name: string;
}

/** Identity's read port for other libs: a role named by id or name, and role names by id. */
@Injectable()
export class RoleDirectory {
  constructor(private readonly db: Database) {}

  /** `key` is a role's id or its name (any case). */
  async find(key: { id: number } | { name: string }): Promise<RoleView | null> {
    const role = await this.db.repository(Role).findOneBy('id' in key ? { id: key.id } : { name: key.name.trim().toLowerCase() });
    return role ? { id: role.id, name: role.name } : null;
  }

  /**
   * In a transaction about to store these role ids (an employee's role, a role's communication
   * permissions): holds the roles against deletion until it ends and returns those that exist.
   */
  lockForReference(ids: number[]): Promise<Set<number>> {
    return lockForReference(this.db, Role, ids);
  }

  /** Narrows a query of rows that name a role (`roleIdColumn`) to those of the role with this name (any case). */
  restrictToRoleNamed<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, roleIdColumn: string, roleName: string): SelectQueryBuilder<T> {
    return qb.innerJoin(Role, 'restrict_role', `restrict_role.id = ${roleIdColumn} AND restrict_role.name = :restrictRoleName`, {
      restrictRoleName: roleName.toLowerCase(),
    });
  }

  async namesOf(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const roles = await this.db.repository(Role).find({ select: { id: true, name: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(roles.map((r) => [r.id, r.name]));
  }
}
