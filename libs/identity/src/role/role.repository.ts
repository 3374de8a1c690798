import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { applyListQuery, Database, type ListQuery, lockRows, lockRowsById, Page, updateIfVersion } from '@contactly/platform';
import { UserRole } from '../user/user-role.entity.js';
import { ROLE_LIST } from './role-list.js';
import { Role } from './role.entity.js';

@Injectable()
export class RoleRepository {
  constructor(private readonly db: Database) {}

  private get roles() {
    return this.db.repository(Role);
  }

  findById(id: number): Promise<Role | null> {
    return this.roles.findOneBy({ id });
  }

  /** Locks the role row until the transaction ends (serialises last-admin checks); SQLite is serial anyway. */
  async lockForUpdate(id: number): Promise<void> {
    await lockRowsById(this.db, Role, [id]);
  }

  /**
   * Locks the role named by id or name (`FOR UPDATE`) as a transaction's first read: on MariaDB a
   * transaction's plain reads see the database as of its first one, so what it reads after this
   * includes whatever a writer holding the role committed. SQLite is serial anyway.
   */
  async lockFirst(key: { id: number } | { name: string }): Promise<void> {
    const qb = this.roles.createQueryBuilder('r').select('r.id');
    if ('id' in key) qb.where('r.id = :id', { id: key.id });
    else qb.where('r.name = :name', { name: key.name.toLowerCase() });
    await lockRows(qb).getMany();
  }

  findByName(name: string): Promise<Role | null> {
    return this.roles.findOneBy({ name: name.toLowerCase() });
  }

  findByNames(names: string[]): Promise<Role[]> {
    return names.length ? this.roles.findBy({ name: In(names.map((n) => n.toLowerCase())) }) : Promise.resolve([]);
  }

  async list(query: ListQuery): Promise<Page<Role>> {
    const [roles, total] = await applyListQuery(this.roles.createQueryBuilder('r'), query, ROLE_LIST).getManyAndCount();
    return new Page(roles, total, query.fields);
  }

  /** Users holding each role, in one query. */
  async holderCounts(roleIds: number[]): Promise<Map<number, number>> {
    if (!roleIds.length) return new Map();
    const rows = await this.db
      .repository(UserRole)
      .createQueryBuilder('ur')
      .select('ur.role_id', 'roleId')
      .addSelect('COUNT(*)', 'count')
      .where('ur.role_id IN (:...roleIds)', { roleIds })
      .groupBy('ur.role_id')
      .getRawMany<{ roleId: number; count: string | number }>();
    return new Map(rows.map((row) => [Number(row.roleId), Number(row.count)]));
  }

  async insert(role: Pick<Role, 'name' | 'description' | 'builtin' | 'permissions' | 'createdAt' | 'updatedAt'>): Promise<Role> {
    const result = await this.roles.insert({ ...role, version: 1 });
    return this.roles.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  async update(role: Role, changes: Partial<Role>): Promise<void> {
    await updateIfVersion(this.db.manager, Role, role, changes);
  }

  async delete(id: number): Promise<void> {
    await this.roles.delete({ id });
  }
}
