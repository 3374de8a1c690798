import type { UserDto } from './dto/user.dto.js';
import type { User } from './user.entity.js';

export function toUserDto(user: User, roles: string[]): UserDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    kind: user.kind,
    roles: [...roles].sort(),
    affiliateId: user.affiliateId,
    customerId: user.customerId,
    active: user.active,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    passwordChangedAt: user.passwordChangedAt?.toISOString() ?? null,
    locale: user.locale,
  };
}
