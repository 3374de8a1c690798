import { Injectable } from '@nestjs/common';
import { chunked, Database, distinct, lockForReference } from '@contactly/platform';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { User } from '../user/user.entity.js';

/** What other libs may know of a login: no password hash, no version. */
export interface LoginView {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  kind: User['kind'];
  active: boolean;
}

const toLoginView = (user: User): LoginView => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  email: user.email,
  kind: user.kind,
  active: user.active,
});

/** Identity's read port for other libs: logins by id or name, batched; writes go through UserService. */
@Injectable()
export class UserDirectory {
  constructor(private readonly db: Database) {}

  /** The logins among the ids, by id (one query per few hundred ids). */
  async loginsOf(ids: number[]): Promise<Map<number, LoginView>> {
    const found = new Map<number, LoginView>();
    for (const chunk of chunked(distinct(ids)))
      for (const user of await this.db.repository(User).findBy({ id: In(chunk) })) found.set(user.id, toLoginView(user));
    return found;
  }

  /**
   * In a transaction about to store these user ids (an employee's login): holds the users against
   * deletion until it ends and returns those that exist (see platform lockForReference).
   */
  lockForReference(ids: number[]): Promise<Set<number>> {
    return lockForReference(this.db, User, ids);
  }

  /**
   * Joins the logins to a query of rows that name one (`userIdColumn`), as `alias`, for filters and
   * sorts on the login (one query for a list page, not one per row). The joined columns stay
   * identity's: filter with `restrictToUsername`, sort and filter lists with `loginListColumns`.
   */
  joinLogins<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, userIdColumn: string): SelectQueryBuilder<T> {
    return qb.innerJoin(User, alias, `${alias}.id = ${userIdColumn}`);
  }

  /** Keeps the rows whose login (joined by `joinLogins` as `alias`) has the username, ignoring case. */
  restrictToUsername<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, username: string): SelectQueryBuilder<T> {
    return qb.andWhere(`${alias}.username_key = :restrictUsernameKey`, { restrictUsernameKey: username.toLowerCase() });
  }

  /** The login's columns (joined by `joinLogins` as `alias`) a list spec may filter and sort on. */
  static loginListColumns(alias: string): { readonly username: string; readonly active: string } {
    return { username: `${alias}.username_key`, active: `${alias}.active` };
  }

  async findByUsername(username: string): Promise<LoginView | null> {
    const user = await this.db.repository(User).findOneBy({ usernameKey: username.toLowerCase() });
    return user ? toLoginView(user) : null;
  }

  async usernameTaken(username: string): Promise<boolean> {
    return (await this.db.repository(User).countBy({ usernameKey: username.toLowerCase() })) > 0;
  }

  /** Which of the customers have a working self-service login (ids only: cheap at 100,000). */
  async customersWithActiveLogin(customerIds: number[], chunkSize?: number): Promise<Set<number>> {
    const found = new Set<number>();
    for (const chunk of chunked(distinct(customerIds), chunkSize)) {
      const users = await this.db
        .repository(User)
        .find({ select: { customerId: true }, where: { customerId: In(chunk), kind: 'customer', active: true } });
      for (const user of users) if (user.customerId !== null) found.add(user.customerId);
    }
    return found;
  }
}
