import type { LibPersistence } from '@contactly/platform';
import { Affiliate } from './affiliate/affiliate.entity.js';
import { IdentityTables1764000001000 } from './migrations/1764000001000-identity-tables.js';
import { PasswordReset1764000001100 } from './migrations/1764000001100-password-reset.js';
import { PasswordResetTokenExpiry1764000001200 } from './migrations/1764000001200-password-reset-token-expiry.js';
import { UserLocale1764000001300 } from './migrations/1764000001300-user-locale.js';
import { PasswordResetToken } from './password-reset/password-reset-token.entity.js';
import { Role } from './role/role.entity.js';
import { UserRole } from './user/user-role.entity.js';
import { User } from './user/user.entity.js';

/**
 * Identity's entities and migrations, for the app's data source (and its tests) only. A separate
 * entry (`@contactly/identity/persistence`) that dependency-cruiser lets only the app composition, scripts, benchmarks and
 * tests import: no other lib gets these entity classes to query identity's tables with.
 */
export const IDENTITY_PERSISTENCE: LibPersistence = {
  entities: [Affiliate, Role, User, UserRole, PasswordResetToken],
  migrations: [IdentityTables1764000001000, PasswordReset1764000001100, PasswordResetTokenExpiry1764000001200, UserLocale1764000001300],
};
