import { Injectable } from '@nestjs/common';
import {
  applyListQuery,
  Database,
  hydrate,
  LIKE_ESCAPE,
  likePrefix,
  type ListQuery,
  Page,
  replaceChildRows,
  selectColumns,
  updateIfVersion,
} from '@contactly/platform';
import { Role } from '../role/role.entity.js';
import { USER_LIST } from './user-list.js';
import { UserRole } from './user-role.entity.js';
import { User } from './user.entity.js';

export interface UserWithRoles {
  user: User;
  roles: Role[];
}

/** All queries on users and the roles they hold. */
@Injectable()
export class UserRepository {
  constructor(private readonly db: Database) {}

  private get users() {
    return this.db.repository(User);
  }

  /**
   * The hot path of GET /users/{id}: one round trip for the user and its roles, as plain SQL built
   * once from the entity metadata (building TypeORM query builders per request costs more CPU than
   * the query itself). Portable: the backticks and `?` work on MariaDB and SQLite alike.
   */
  async findById(id: number): Promise<UserWithRoles | null> {
    this.findByIdSql ??= `SELECT ${selectColumns(this.db.dataSource, User, 'u', 'u__')}, ${selectColumns(this.db.dataSource, Role, 'r', 'r__')} FROM \`user\` u LEFT JOIN user_role ur ON ur.user_id = u.id LEFT JOIN role r ON r.id = ur.role_id WHERE u.id = ? ORDER BY r.name`;
    const rows = await this.db.read(this.findByIdSql, [id]);
    if (!rows.length) return null;
    const user = hydrate(this.db.dataSource, User, rows[0], 'u__');
    const roles = rows.filter((row) => row.r__id !== null).map((row) => hydrate(this.db.dataSource, Role, row, 'r__'));
    return { user, roles };
  }

  private findByIdSql: string | undefined;

  async findByUsername(username: string): Promise<UserWithRoles | null> {
    const user = await this.users.findOneBy({ usernameKey: username.toLowerCase() });
    if (!user) return null;
    return { user, roles: await this.rolesOf(user.id) };
  }

  /** The subscriber logins of a customer that still work. */
  async activeLoginsOfCustomer(customerId: number): Promise<UserWithRoles[]> {
    const users = await this.users.findBy({ customerId, kind: 'customer', active: true });
    return Promise.all(users.map(async (user) => ({ user, roles: await this.rolesOf(user.id) })));
  }

  async usernameTaken(username: string): Promise<boolean> {
    return (await this.users.countBy({ usernameKey: username.toLowerCase() })) > 0;
  }

  async rolesOf(userId: number): Promise<Role[]> {
    return this.db
      .repository(Role)
      .createQueryBuilder('r')
      .innerJoin(UserRole, 'ur', 'ur.role_id = r.id')
      .where('ur.user_id = :userId', { userId })
      .orderBy('r.name')
      .getMany();
  }

  /** A page of users with their role names; `roleId` restricts to holders of one role. */
  async list(query: ListQuery, restrict: { roleId?: number; roleName?: string; affiliateId?: number } = {}): Promise<Page<UserWithRoles>> {
    const qb = this.users.createQueryBuilder('u');
    if (restrict.roleId !== undefined)
      qb.innerJoin(UserRole, 'ur', 'ur.user_id = u.id AND ur.role_id = :roleId', { roleId: restrict.roleId });
    if (restrict.roleName !== undefined) {
      qb.innerJoin(UserRole, 'urn', 'urn.user_id = u.id').innerJoin(Role, 'rn', 'rn.id = urn.role_id AND rn.name = :roleName', {
        roleName: restrict.roleName,
      });
    }
    if (restrict.affiliateId !== undefined) qb.andWhere('u.affiliate_id = :affiliateId', { affiliateId: restrict.affiliateId });
    const q = query.extra.q?.trim();
    if (q) {
      qb.andWhere(`(u.username_key LIKE :q ${LIKE_ESCAPE} OR u.email LIKE :q ${LIKE_ESCAPE} OR u.display_name LIKE :qRaw ${LIKE_ESCAPE})`, {
        q: likePrefix(q.toLowerCase()),
        qRaw: likePrefix(q),
      });
    }
    const [users, total] = await applyListQuery(qb, query, USER_LIST).getManyAndCount();
    const roles = await this.roleNamesOf(users.map((u) => u.id));
    return new Page(
      users.map((user) => ({ user, roles: roles.get(user.id) ?? [] })),
      total,
      query.fields,
    );
  }

  private async roleNamesOf(userIds: number[]): Promise<Map<number, Role[]>> {
    const byUser = new Map<number, Role[]>();
    if (!userIds.length) return byUser;
    const rows = await this.db
      .repository(UserRole)
      .createQueryBuilder('ur')
      .innerJoinAndSelect('ur.role', 'r')
      .where('ur.user_id IN (:...userIds)', { userIds })
      .getMany();
    for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role as Role]);
    return byUser;
  }

  /** A new user has chosen no language yet unless told. */
  async insert(user: Omit<User, 'id' | 'version' | 'affiliate' | 'locale'> & Partial<Pick<User, 'locale'>>): Promise<User> {
    const result = await this.users.insert({ locale: null, ...user, version: 1 });
    return (await this.users.findOneByOrFail({ id: result.identifiers[0].id as number })) as User;
  }

  async update(user: User, changes: Partial<User>, rolesChanged = false): Promise<void> {
    await updateIfVersion(this.db.manager, User, user, changes, rolesChanged);
  }

  async setRoles(userId: number, roleIds: number[]): Promise<void> {
    await replaceChildRows(
      this.db.repository(UserRole),
      { userId },
      roleIds.map((roleId) => ({ userId, roleId })),
    );
  }

  /** For a new user: nothing to delete first. */
  async addRoles(userId: number, roleIds: number[]): Promise<void> {
    await replaceChildRows(
      this.db.repository(UserRole),
      { userId },
      roleIds.map((roleId) => ({ userId, roleId })),
      { fresh: true },
    );
  }

  async delete(id: number): Promise<void> {
    await this.users.delete({ id });
  }

  /** Active users holding the role, other than `exceptUserId`. */
  async countActiveHolders(roleId: number, exceptUserId?: number): Promise<number> {
    const qb = this.users
      .createQueryBuilder('u')
      .innerJoin(UserRole, 'ur', 'ur.user_id = u.id AND ur.role_id = :roleId', { roleId })
      .where('u.active = :active', { active: true });
    if (exceptUserId !== undefined) qb.andWhere('u.id <> :exceptUserId', { exceptUserId });
    return qb.getCount();
  }

  async countHolders(roleId: number): Promise<number> {
    return this.db.repository(UserRole).countBy({ roleId });
  }

  async countAll(): Promise<number> {
    return this.users.count();
  }

  async idsOfAffiliate(affiliateId: number): Promise<number[]> {
    return (await this.users.find({ select: { id: true }, where: { affiliateId } })).map((u) => u.id);
  }
}
