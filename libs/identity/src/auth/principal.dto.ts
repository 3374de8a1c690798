import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Principal } from '@contactly/platform';
import { USER_LOCALES } from '../user/user.entity.js';

export class PrincipalDto {
  @ApiProperty({ example: 'Admin' }) username: string;
  @ApiProperty({ enum: ['staff', 'affiliate', 'customer'], example: 'staff' }) kind: string;
  @ApiProperty({ example: ['admin'], type: [String] }) roles: string[];
  @ApiProperty({ example: ['users:read', 'users:write'], type: [String] }) permissions: string[];
  @ApiPropertyOptional({ example: 3, description: 'Present for affiliate principals' }) affiliateId?: number;
  @ApiPropertyOptional({ example: 42, description: 'Present for customer principals' }) customerId?: number;
  @ApiPropertyOptional({
    enum: USER_LOCALES,
    example: 'ru',
    description: 'The interface language the user chose; absent until they choose',
  })
  locale?: string;
}

export function toPrincipalDto(principal: Principal): PrincipalDto {
  return {
    username: principal.username,
    kind: principal.kind,
    roles: [...principal.roles].sort(),
    permissions: [...principal.permissions].sort(),
    ...(principal.affiliateId !== undefined ? { affiliateId: principal.affiliateId } : {}),
    ...(principal.customerId !== undefined ? { customerId: principal.customerId } : {}),
    ...(principal.locale !== undefined ? { locale: principal.locale } : {}),
  };
}
