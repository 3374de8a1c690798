import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock, Database, EventRecorder, eventNames, LeaseService } from '@contactly/platform';
import { PasswordHasher } from '../password/password-hasher.js';
import { BuiltinRoleCatalogue } from '../role/builtin-role-catalogue.js';
import { ADMIN_ROLE } from '../role/builtin-roles.js';
import { RoleRepository } from '../role/role.repository.js';
import { UserRepository } from '../user/user.repository.js';

export const ADMIN_USERNAME = 'Admin';

/**
 * On every start: the built-in roles exist (missing ones are added; edited ones are left alone),
 * and an empty installation gets its "zero client" `Admin` (password ADMIN_PASSWORD, `admin` by
 * default outside production). Runs under a lease so concurrent instances do it once.
 */
@Injectable()
export class IdentityBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityBootstrap.name);

  constructor(
    private readonly roles: RoleRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly db: Database,
    private readonly events: EventRecorder,
    private readonly lease: LeaseService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly builtinRoles: BuiltinRoleCatalogue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.lease.runExclusive('identity-bootstrap', 60_000, () => this.ensureRolesAndAdmin());
  }

  async ensureRolesAndAdmin(): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async () => {
      for (const builtin of this.builtinRoles.roles()) {
        if (await this.roles.findByName(builtin.name)) continue;
        const role = await this.roles.insert({
          name: builtin.name,
          description: builtin.description,
          builtin: true,
          permissions: [...builtin.permissions],
          createdAt: now,
          updatedAt: now,
        });
        await this.events.record({
          eventType: eventNames('Role').created,
          resourceType: 'role',
          resourceId: role.id,
          resource: { id: role.id, name: role.name, permissions: role.permissions },
        });
      }
    });
    if ((await this.users.countAll()) > 0) return;
    const passwordHash = await this.hasher.hash(this.config.adminPassword);
    await this.db.transaction(async () => {
      const adminRole = await this.roles.findByName(ADMIN_ROLE);
      const admin = await this.users.insert({
        username: ADMIN_USERNAME,
        usernameKey: ADMIN_USERNAME.toLowerCase(),
        displayName: 'Administrator',
        email: null,
        kind: 'staff',
        affiliateId: null,
        customerId: null,
        passwordHash,
        active: true,
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: null,
      });
      await this.users.addRoles(admin.id, [adminRole!.id]);
      await this.events.record({
        eventType: eventNames('User').created,
        resourceType: 'user',
        resourceId: admin.id,
        resource: { id: admin.id, username: admin.username, roles: [ADMIN_ROLE] },
      });
    });
    if (this.config.adminPasswordIsDefault) {
      // The log names that a default is in use and where it is documented, never the value itself.
      this.logger.warn(
        `Created the first user ${ADMIN_USERNAME} with the default password documented in the README ("Start"): change it now (PUT /api/v1/users/me/password), or set ADMIN_PASSWORD before the first start`,
      );
    } else {
      this.logger.log(`Created the first user ${ADMIN_USERNAME} with the password from ADMIN_PASSWORD`);
    }
  }
}
