import { Module } from '@nestjs/common';
import { BasicStrategy, CredentialVerifier, PLATFORM_PERMISSIONS, providePermissions } from '@contactly/platform';
import { AffiliateController } from './affiliate/affiliate.controller.js';
import { AffiliateRepository } from './affiliate/affiliate.repository.js';
import { AffiliateService } from './affiliate/affiliate.service.js';
import { AuditController } from './audit/audit.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { UserCredentialVerifier } from './auth/user-credential-verifier.js';
import { IdentityBootstrap } from './bootstrap/identity-bootstrap.js';
import { IdentityDemoData } from './bootstrap/identity-demo-data.js';
import { IDENTITY_PERMISSIONS } from './identity.permissions.js';
import { AffiliateDirectory } from './directory/affiliate-directory.js';
import { RoleDirectory } from './directory/role-directory.js';
import { UserDirectory } from './directory/user-directory.js';
import { PasswordHasher } from './password/password-hasher.js';
import { PasswordResetController } from './password-reset/password-reset.controller.js';
import { PasswordResetPurgeJob } from './password-reset/password-reset-purge.job.js';
import { PasswordResetTokenRepository } from './password-reset/password-reset-token.repository.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';
import { BuiltinRoleCatalogue } from './role/builtin-role-catalogue.js';
import { grantToBuiltinRoles } from './role/builtin-role-grants.js';
import { RoleController } from './role/role.controller.js';
import { RoleRepository } from './role/role.repository.js';
import { RoleService } from './role/role.service.js';
import { UserController } from './user/user.controller.js';
import { UserRepository } from './user/user.repository.js';
import { UserService } from './user/user.service.js';

/**
 * Users, roles, permissions and affiliates; Basic authentication over them. Other modules use
 * UserService (e.g. to create a subscriber's login), PasswordHasher and the read ports
 * UserDirectory, RoleDirectory and AffiliateDirectory; never identity's tables.
 */
@Module({
  controllers: [AuthController, UserController, RoleController, AffiliateController, AuditController, PasswordResetController],
  providers: [
    PasswordHasher,
    UserRepository,
    RoleRepository,
    AffiliateRepository,
    UserService,
    RoleService,
    AffiliateService,
    { provide: CredentialVerifier, useClass: UserCredentialVerifier },
    BasicStrategy,
    IdentityBootstrap,
    IdentityDemoData,
    PasswordResetTokenRepository,
    PasswordResetService,
    PasswordResetPurgeJob,
    BuiltinRoleCatalogue,
    providePermissions(IDENTITY_PERMISSIONS),
    // Platform names no roles: identity grants platform's permissions.
    grantToBuiltinRoles(PLATFORM_PERMISSIONS, { agent: ['audit:read'] }),
    UserDirectory,
    RoleDirectory,
    AffiliateDirectory,
  ],
  exports: [UserService, UserDirectory, RoleDirectory, AffiliateDirectory, PasswordHasher],
})
export class IdentityModule {}
