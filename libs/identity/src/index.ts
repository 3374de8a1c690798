import type { LibPersistence } from '@contactly/platform';
import { Affiliate } from './affiliate/affiliate.entity.js';
import { IdentityTables1764000001000 } from './migrations/1764000001000-identity-tables.js';
import { PasswordReset1764000001100 } from './migrations/1764000001100-password-reset.js';
import { PasswordResetTokenExpiry1764000001200 } from './migrations/1764000001200-password-reset-token-expiry.js';
import { PasswordResetToken } from './password-reset/password-reset-token.entity.js';
import { Role } from './role/role.entity.js';
import { UserRole } from './user/user-role.entity.js';
import { User } from './user/user.entity.js';

export { ADMIN_USERNAME } from './bootstrap/identity-bootstrap.js';
export { DEMO_PASSWORD } from './bootstrap/identity-demo-data.js';
export { AffiliateDirectory } from './directory/affiliate-directory.js';
export { RoleDirectory, type RoleView } from './directory/role-directory.js';
export { type LoginView, UserDirectory } from './directory/user-directory.js';
export { IdentityModule } from './identity.module.js';
export { PasswordHasher } from './password/password-hasher.js';
export { assertAcceptablePassword } from './password/password-policy.js';
export { ADMIN_ROLE, BUILTIN_ROLES, type BuiltinRoleName } from './role/builtin-roles.js';
export { BuiltinRoleGrants, grantToBuiltinRoles, type GrantableRole } from './role/builtin-role-grants.js';
export { IDENTITY_PERMISSIONS } from './identity.permissions.js';
export { UserService } from './user/user.service.js';

/** For the app's data source only: identity's tables are read and written through its services. */
export const IDENTITY_PERSISTENCE: LibPersistence = {
  entities: [Affiliate, Role, User, UserRole, PasswordResetToken],
  migrations: [IdentityTables1764000001000, PasswordReset1764000001100, PasswordResetTokenExpiry1764000001200],
};
export { IDENTITY_ERRORS, type IdentityErrorCode } from './identity-errors.js';
