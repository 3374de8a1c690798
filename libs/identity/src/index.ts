export { Affiliate } from './affiliate/affiliate.entity.js';
export { AffiliateRepository } from './affiliate/affiliate.repository.js';
export { ADMIN_USERNAME } from './bootstrap/identity-bootstrap.js';
export { DEMO_PASSWORD } from './bootstrap/identity-demo-data.js';
export { IdentityModule } from './identity.module.js';
export { IdentityTables1764000001000 } from './migrations/1764000001000-identity-tables.js';
export { PasswordReset1764000001100 } from './migrations/1764000001100-password-reset.js';
export { PasswordResetTokenExpiry1764000001200 } from './migrations/1764000001200-password-reset-token-expiry.js';
export { PasswordResetToken } from './password-reset/password-reset-token.entity.js';
export { PasswordHasher } from './password/password-hasher.js';
export { assertAcceptablePassword } from './password/password-policy.js';
export { ADMIN_ROLE, BUILTIN_ROLES } from './role/builtin-roles.js';
export { Role } from './role/role.entity.js';
export { User } from './user/user.entity.js';
export { UserRole } from './user/user-role.entity.js';
export { UserRepository } from './user/user.repository.js';
export { UserService } from './user/user.service.js';

import { Affiliate } from './affiliate/affiliate.entity.js';
import { IdentityTables1764000001000 } from './migrations/1764000001000-identity-tables.js';
import { PasswordReset1764000001100 } from './migrations/1764000001100-password-reset.js';
import { PasswordResetTokenExpiry1764000001200 } from './migrations/1764000001200-password-reset-token-expiry.js';
import { PasswordResetToken } from './password-reset/password-reset-token.entity.js';
import { Role } from './role/role.entity.js';
import { UserRole } from './user/user-role.entity.js';
import { User } from './user/user.entity.js';

export const IDENTITY_ENTITIES = [Affiliate, Role, User, UserRole, PasswordResetToken];
export const IDENTITY_MIGRATIONS = [IdentityTables1764000001000, PasswordReset1764000001100, PasswordResetTokenExpiry1764000001200];
