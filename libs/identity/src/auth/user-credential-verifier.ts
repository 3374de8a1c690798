import { Injectable } from '@nestjs/common';
import { CredentialVerifier, type Principal } from '@contactly/platform';
import { AffiliateRepository } from '../affiliate/affiliate.repository.js';
import { PasswordHasher } from '../password/password-hasher.js';
import { RoleService } from '../role/role.service.js';
import { UserRepository } from '../user/user.repository.js';

/** Implements the platform's CredentialVerifier port over our users (argon2id hashes). */
@Injectable()
export class UserCredentialVerifier extends CredentialVerifier {
  /** Verified against when the user does not exist, so timing does not tell which usernames exist. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    private readonly users: UserRepository,
    private readonly affiliates: AffiliateRepository,
    private readonly hasher: PasswordHasher,
    private readonly roleService: RoleService,
  ) {
    super();
  }

  async verify(username: string, password: string): Promise<Principal | null> {
    const found = await this.users.findByUsername(username);
    if (!found) {
      this.decoyHash ??= this.hasher.decoy();
      await this.hasher.verify(await this.decoyHash, password);
      return null;
    }
    const { user, roles } = found;
    if (!(await this.hasher.verify(user.passwordHash, password))) return null;
    if (!user.active) return null;
    if (user.affiliateId !== null) {
      const affiliate = await this.affiliates.findById(user.affiliateId);
      if (affiliate?.status !== 'active') return null;
    }
    return {
      userId: user.id,
      username: user.username,
      kind: user.kind,
      roles: roles.map((r) => r.name),
      permissions: this.roleService.permissionsOf(roles),
      ...(user.affiliateId !== null ? { affiliateId: user.affiliateId } : {}),
      ...(user.customerId !== null ? { customerId: user.customerId } : {}),
      ...(user.locale !== null ? { locale: user.locale } : {}),
    };
  }
}
