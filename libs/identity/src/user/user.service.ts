import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  Clock,
  conflict,
  CredentialCache,
  Database,
  ChangeRecorder,
  eventNames,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  unprocessable,
  Versioned,
  ReferenceHolders,
  lockRowsById,
} from '@contactly/platform';
import { AffiliateRepository } from '../affiliate/affiliate.repository.js';
import { PasswordHasher } from '../password/password-hasher.js';
import { assertAcceptablePassword } from '../password/password-policy.js';
import { ADMIN_ROLE } from '../role/builtin-roles.js';
import type { Role } from '../role/role.entity.js';
import { RoleRepository } from '../role/role.repository.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateOwnAccountDto } from './dto/update-own-account.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import type { UserDto } from './dto/user.dto.js';
import { User } from './user.entity.js';
import { toUserDto } from './user.mapper.js';
import { UserRepository } from './user.repository.js';
import { IDENTITY_ERRORS } from '../identity-errors.js';

const EVENTS = eventNames('User');
/** The built-in role of self-service subscribers. */
const SUBSCRIBER_ROLE = 'customer';

/** Users: accounts, their roles, and their passwords. Every write is evented and audited. */
@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly roles: RoleRepository,
    private readonly affiliates: AffiliateRepository,
    private readonly hasher: PasswordHasher,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly credentials: CredentialCache,
    private readonly clock: Clock,
    private readonly references: ReferenceHolders,
  ) {}

  async list(query: ListQuery): Promise<Page<UserDto>> {
    const page = await this.users.list(query, { roleName: query.extra.role });
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

  async get(id: number): Promise<Versioned<UserDto>> {
    const found = await this.users.findById(id);
    if (!found) throw notFound(IDENTITY_ERRORS.USER_NOT_FOUND, `User ${id} does not exist`);
    return new Versioned(
      toUserDto(
        found.user,
        found.roles.map((r) => r.name),
      ),
      found.user.version,
    );
  }

  async create(input: CreateUserDto, actor: Principal): Promise<Versioned<UserDto>> {
    assertAcceptablePassword(input.password, input.username);
    const kind = input.kind ?? 'staff';
    if (kind === 'affiliate' && !input.affiliateId)
      throw invalid(IDENTITY_ERRORS.AFFILIATE_REQUIRED, 'An affiliate user needs affiliateId', [
        { field: 'affiliateId', message: 'is required for kind affiliate' },
      ]);
    if (kind !== 'affiliate' && input.affiliateId)
      throw invalid(IDENTITY_ERRORS.AFFILIATE_NOT_ALLOWED, 'Only affiliate users belong to an affiliate', [
        { field: 'affiliateId', message: 'is only for kind affiliate' },
      ]);
    const passwordHash = await this.hasher.hash(input.password);
    return this.insertUser(
      {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        kind,
        affiliateId: input.affiliateId ?? null,
        customerId: null,
        active: input.active ?? true,
        locale: null,
      },
      passwordHash,
      input.roles,
      actor,
    );
  }

  /**
   * The login of a subscriber who has just registered; the customers module calls it inside the
   * transaction that creates the customer. The password met the policy and was hashed when the
   * subscriber chose it (the clear text is not kept that long), so only its hash comes here.
   */
  async createSubscriberLogin(
    input: { username: string; displayName: string; email: string; customerId: number; passwordHash: string },
    actor: Principal,
  ): Promise<Versioned<UserDto>> {
    return this.insertUser(
      {
        username: input.username,
        displayName: input.displayName,
        email: input.email,
        kind: 'customer',
        affiliateId: null,
        customerId: input.customerId,
        active: true,
        locale: null,
      },
      input.passwordHash,
      [SUBSCRIBER_ROLE],
      actor,
    );
  }

  private async insertUser(
    values: Pick<User, 'username' | 'displayName' | 'email' | 'kind' | 'affiliateId' | 'customerId' | 'active' | 'locale'>,
    passwordHash: string,
    roleNames: string[],
    actor: Principal,
  ): Promise<Versioned<UserDto>> {
    return this.db.transaction(async () => {
      if (await this.users.usernameTaken(values.username))
        throw conflict(IDENTITY_ERRORS.USERNAME_TAKEN, `The username ${values.username} is taken`);
      const roles = await this.resolveRoles(roleNames);
      if (values.affiliateId && !(await this.affiliates.findById(values.affiliateId)))
        throw unprocessable(IDENTITY_ERRORS.AFFILIATE_NOT_FOUND, `Affiliate ${values.affiliateId} does not exist`, [
          { field: 'affiliateId', message: 'does not exist' },
        ]);
      const now = this.clock.now();
      const user = await this.users.insert({
        ...values,
        usernameKey: values.username.toLowerCase(),
        passwordHash,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      });
      await this.users.addRoles(
        user.id,
        roles.map((r) => r.id),
      );
      const dto = toUserDto(
        user,
        roles.map((r) => r.name),
      );
      await this.changes.record({
        resource: 'User',
        resourceType: 'user',
        resourceId: user.id,
        actor,
        before: null,
        after: dto,
        stateAttribute: 'active',
      });
      return new Versioned(dto, user.version);
    });
  }

  async update(id: number, input: UpdateUserDto, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<UserDto>> {
    const result = await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const { user, roles } = await this.load(id);
          assertVersion(expectedVersion, user.version, `User ${user.username}`);
          const before = toUserDto(
            user,
            roles.map((r) => r.name),
          );
          const newRoles = input.roles ? await this.resolveRoles(input.roles) : roles;
          const staysAdmin = newRoles.some((r) => r.name === ADMIN_ROLE) && (input.active ?? user.active);
          if (!staysAdmin && roles.some((r) => r.name === ADMIN_ROLE) && user.active) await this.assertNotLastAdmin(user, roles);
          const rolesChanged =
            newRoles
              .map((r) => r.name)
              .sort()
              .join() !==
            roles
              .map((r) => r.name)
              .sort()
              .join();
          await this.users.update(
            user,
            {
              displayName: input.displayName ?? user.displayName,
              email: input.email === undefined ? user.email : input.email,
              active: input.active ?? user.active,
              updatedAt: this.clock.now(),
            },
            rolesChanged,
          );
          if (rolesChanged)
            await this.users.setRoles(
              user.id,
              newRoles.map((r) => r.id),
            );
          const updated = await this.load(id);
          const after = toUserDto(
            updated.user,
            updated.roles.map((r) => r.name),
          );
          await this.changes.record({
            resource: 'User',
            resourceType: 'user',
            resourceId: user.id,
            actor,
            before,
            after,
            stateAttribute: 'active',
          });
          return new Versioned(after, updated.user.version);
        }),
      expectedVersion,
      'The user',
    );
    await this.credentials.revokeUser(id);
    return result;
  }

  async delete(id: number, actor: Principal): Promise<void> {
    if (id === actor.userId) throw conflict(IDENTITY_ERRORS.CANNOT_DELETE_SELF, 'You cannot delete your own user');
    await this.db.transaction(async () => {
      // First, before any read: a writer adding a reference to this row (lockForReference) finishes
      // first, or waits and then finds it gone; the holders' checks below then see what it wrote.
      await lockRowsById(this.db, User, [id]);
      const { user, roles } = await this.load(id);
      if (user.active && roles.some((r) => r.name === ADMIN_ROLE)) await this.assertNotLastAdmin(user, roles);
      const before = toUserDto(
        user,
        roles.map((r) => r.name),
      );
      // Libs above identity refer to users by id: each refuses (409) or lets go here, in this transaction.
      await this.references.beforeDelete('user', id, { code: IDENTITY_ERRORS.USER_IN_USE, label: `User ${user.username}` }, actor);
      await this.users.delete(id);
      await this.changes.record({
        resource: 'User',
        resourceType: 'user',
        resourceId: id,
        actor,
        before,
        after: null,
        stateAttribute: 'active',
      });
    });
    await this.credentials.revokeUser(id);
  }

  /**
   * The customer is gone or closed: its subscriber logins stop working at once (inactive, audited,
   * cached credentials dropped when the caller's transaction commits). Returns the logins disabled.
   */
  async deactivateLoginsOfCustomer(customerId: number, actor: Principal): Promise<number> {
    return this.db.transaction(async () => {
      const logins = await this.users.activeLoginsOfCustomer(customerId);
      for (const { user, roles } of logins) {
        const before = toUserDto(
          user,
          roles.map((r) => r.name),
        );
        await this.users.update(user, { active: false, updatedAt: this.clock.now() });
        await this.changes.record({
          resource: 'User',
          resourceType: 'user',
          resourceId: user.id,
          actor,
          before,
          after: { ...before, active: false },
          stateAttribute: 'active',
        });
        await this.credentials.revokeUser(user.id);
      }
      return logins.length;
    });
  }

  /**
   * What a user changes of their own account (today the interface language). Without If-Match the last
   * write wins: two tabs switching language at once both succeed. Cached credentials are dropped so the next sign-in
   * check answers with the new language.
   */
  async updateOwnAccount(principal: Principal, input: UpdateOwnAccountDto, expectedVersion?: number): Promise<Versioned<UserDto>> {
    const result = await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const { user, roles } = await this.load(principal.userId);
          assertVersion(expectedVersion, user.version, `User ${user.username}`);
          const names = roles.map((r) => r.name);
          if (user.locale === input.locale) return new Versioned(toUserDto(user, names), user.version);
          const before = toUserDto(user, names);
          await this.users.update(user, { locale: input.locale, updatedAt: this.clock.now() });
          const updated = await this.load(user.id);
          const after = toUserDto(
            updated.user,
            updated.roles.map((r) => r.name),
          );
          await this.changes.record({ resource: 'User', resourceType: 'user', resourceId: user.id, actor: principal, before, after });
          return new Versioned(after, updated.user.version);
        }),
      expectedVersion,
      'The user',
    );
    await this.credentials.revokeUser(principal.userId);
    return result;
  }

  async changeOwnPassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const { user } = await this.load(principal.userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw invalid(IDENTITY_ERRORS.WRONG_CURRENT_PASSWORD, 'The current password is wrong', [
        { field: 'currentPassword', message: 'is wrong' },
      ]);
    }
    if (currentPassword === newPassword)
      throw invalid(IDENTITY_ERRORS.SAME_PASSWORD, 'The new password must differ from the current one', [
        { field: 'newPassword', message: 'must differ from the current password' },
      ]);
    await this.setPassword(user.id, newPassword, principal, 'password-change');
  }

  async resetPassword(id: number, newPassword: string, actor: Principal): Promise<void> {
    await this.setPassword(id, newPassword, actor, 'password-reset');
  }

  /** Sets a password after the policy check; every cached credential of the user is dropped. */
  async setPassword(id: number, newPassword: string, actor: Principal, action: string): Promise<void> {
    const { user } = await this.load(id);
    assertAcceptablePassword(newPassword, user.username, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const { user: current } = await this.load(id);
          const now = this.clock.now();
          await this.users.update(current, { passwordHash, passwordChangedAt: now, updatedAt: now });
          await this.changes.recordAction({
            eventType: EVENTS.attributeChanged,
            action,
            resourceType: 'user',
            resourceId: id,
            resource: { id, username: current.username, passwordChangedAt: now.toISOString() },
            actor,
            before: { password: 'old' },
            after: { password: 'new' },
          });
        }),
      undefined,
      'The user',
    );
    await this.credentials.revokeUser(id);
  }

  private async load(id: number) {
    const found = await this.users.findById(id);
    if (!found) throw notFound(IDENTITY_ERRORS.USER_NOT_FOUND, `User ${id} does not exist`);
    return found;
  }

  private async resolveRoles(names: string[]): Promise<Role[]> {
    const wanted = [...new Set(names.map((n) => n.toLowerCase()))];
    const roles = await this.roles.findByNames(wanted);
    const missing = wanted.filter((name) => !roles.some((r) => r.name === name));
    if (missing.length)
      throw unprocessable(
        IDENTITY_ERRORS.ROLE_NOT_FOUND,
        `Unknown role(s): ${missing.join(', ')}`,
        missing.map((name) => ({ field: 'roles', message: `${name} does not exist` })),
      );
    return roles;
  }

  private async assertNotLastAdmin(user: User, roles: Role[]): Promise<void> {
    const adminRole = roles.find((r) => r.name === ADMIN_ROLE);
    if (adminRole) await this.roles.lockForUpdate(adminRole.id);
    if (adminRole && (await this.users.countActiveHolders(adminRole.id, user.id)) === 0) {
      throw conflict(IDENTITY_ERRORS.LAST_ADMIN, `${user.username} is the last active admin; make someone else admin first`);
    }
  }
}
