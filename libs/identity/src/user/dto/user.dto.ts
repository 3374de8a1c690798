import { ApiProperty } from '@nestjs/swagger';
import { PRINCIPAL_KINDS, USER_LOCALES } from '../user.entity.js';

/** A user as the API shows it (never the password hash). */
export class UserDto {
  @ApiProperty({ example: 5 }) id: number;
  @ApiProperty({ example: 'anna.agent' }) username: string;
  @ApiProperty({ example: 'Anna Agent' }) displayName: string;
  @ApiProperty({ example: 'anna@contactly.example', nullable: true, type: String }) email: string | null;
  @ApiProperty({ enum: PRINCIPAL_KINDS, example: 'staff' }) kind: string;
  @ApiProperty({ example: ['agent'], type: [String] }) roles: string[];
  @ApiProperty({ example: null, nullable: true, type: Number }) affiliateId: number | null;
  @ApiProperty({ example: null, nullable: true, type: Number }) customerId: number | null;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ example: 1, description: 'Changes on every write; send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) updatedAt: string;
  @ApiProperty({ example: null, nullable: true, type: String }) passwordChangedAt: string | null;
  @ApiProperty({ enum: USER_LOCALES, example: 'ru', nullable: true, description: 'Interface language; null until the user chooses one' })
  locale: string | null;
}
