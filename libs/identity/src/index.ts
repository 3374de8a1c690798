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

export { IDENTITY_ERRORS, type IdentityErrorCode } from './identity-errors.js';
