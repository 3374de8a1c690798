import type { User } from '../user/user.entity.js';
import type { AffiliateDto, CredentialDto } from './dto/affiliate.dto.js';
import type { Affiliate } from './affiliate.entity.js';

export function toAffiliateDto(affiliate: Affiliate, credentialCount: number): AffiliateDto {
  return {
    id: affiliate.id,
    name: affiliate.name,
    code: affiliate.code,
    contactEmail: affiliate.contactEmail,
    status: affiliate.status,
    credentialCount,
    version: affiliate.version,
    createdAt: affiliate.createdAt.toISOString(),
    updatedAt: affiliate.updatedAt.toISOString(),
  };
}

export function toCredentialDto(user: User): CredentialDto {
  return { userId: user.id, username: user.username, active: user.active, createdAt: user.createdAt.toISOString() };
}
