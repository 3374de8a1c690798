import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { Role } from '@contactly/identity';
import { In } from 'typeorm';
import { parseIdOrName } from '../shared/names.js';

/**
 * Reads identity's roles (its exported entity) to resolve a role named by id or name and to show
 * role names. Read-only: roles are created, changed and given to users through identity only.
 */
@Injectable()
export class RoleDirectory {
  constructor(private readonly db: Database) {}

  async find(idOrName: string): Promise<Role | null> {
    const key = parseIdOrName(idOrName);
    return 'id' in key ? this.db.repository(Role).findOneBy({ id: key.id }) : this.db.repository(Role).findOneBy({ name: key.name.trim().toLowerCase() });
  }

  async namesOf(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const roles = await this.db.repository(Role).find({ select: { id: true, name: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(roles.map((r) => [r.id, r.name]));
  }
}
