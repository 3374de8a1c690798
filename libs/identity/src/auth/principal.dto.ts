import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Principal } from '@contactly/platform';

export class PrincipalDto {
  @ApiProperty({ example: 'Admin' }) username: string;
  @ApiProperty({ enum: ['staff', 'affiliate', 'customer'], example: 'staff' }) kind: string;
  @ApiProperty({ example: ['admin'], type: [String] }) roles: string[];
  @ApiProperty({ example: ['users:read', 'users:write'], type: [String] }) permissions: string[];
  @ApiPropertyOptional({ example: 3, description: 'Present for affiliate principals' }) affiliateId?: number;
  @ApiPropertyOptional({ example: 42, description: 'Present for customer principals' }) customerId?: number;
}

export function toPrincipalDto(principal: Principal): PrincipalDto {
  return {
    username: principal.username,
    kind: principal.kind,
    roles: [...principal.roles].sort(),
    permissions: [...principal.permissions].sort(),
    ...(principal.affiliateId !== undefined ? { affiliateId: principal.affiliateId } : {}),
    ...(principal.customerId !== undefined ? { customerId: principal.customerId } : {}),
  };
}
