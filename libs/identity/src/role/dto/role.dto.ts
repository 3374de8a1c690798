import { ApiProperty } from '@nestjs/swagger';

export class RoleDto {
  @ApiProperty({ example: 2 }) id: number;
  @ApiProperty({ example: 'agent' }) name: string;
  @ApiProperty({ example: 'Customer service agent' }) description: string;
  @ApiProperty({ example: true, description: 'Built-in roles cannot be deleted or renamed' }) builtin: boolean;
  @ApiProperty({ example: ['customers:read', 'customers:write'], type: [String] }) permissions: string[];
  @ApiProperty({ example: 3, description: 'Users holding the role' }) userCount: number;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) updatedAt: string;
}

export class PermissionDto {
  @ApiProperty({ example: 'users:read' }) name: string;
  @ApiProperty({ example: 'See users and their roles' }) description: string;
}
