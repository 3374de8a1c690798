import { ApiProperty } from '@nestjs/swagger';
import { EmailField, EnumField, TextField } from '@contactly/platform';
import { AFFILIATE_STATUSES } from '../affiliate.entity.js';

export class AffiliateDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Northwind Mobile' }) name: string;
  @ApiProperty({ example: 'northwind' }) code: string;
  @ApiProperty({ example: 'ops@northwind.example', nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ enum: AFFILIATE_STATUSES, example: 'active' }) status: string;
  @ApiProperty({ example: 1, description: 'API credentials issued' }) credentialCount: number;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) updatedAt: string;
}

export const AFFILIATE_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

export class CreateAffiliateDto {
  @TextField({ max: 200, example: 'Northwind Mobile' }) name: string;
  @TextField({
    max: 40,
    pattern: AFFILIATE_CODE_PATTERN,
    patternMessage: 'code must be lower-case letters, digits and dashes',
    example: 'northwind',
  })
  code: string;
  @EmailField({ optional: true, nullable: true }) contactEmail?: string | null;
  @EnumField(AFFILIATE_STATUSES, { optional: true, example: 'active' }) status?: (typeof AFFILIATE_STATUSES)[number];
}

export class UpdateAffiliateDto {
  @TextField({ max: 200, optional: true, example: 'Northwind Mobile Ltd' }) name?: string;
  @EmailField({ optional: true, nullable: true }) contactEmail?: string | null;
  @EnumField(AFFILIATE_STATUSES, { optional: true, example: 'suspended' }) status?: (typeof AFFILIATE_STATUSES)[number];
}

export class CredentialDto {
  @ApiProperty({ example: 9 }) userId: number;
  @ApiProperty({ example: 'northwind-api-1' }) username: string;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
}

export class IssuedCredentialDto extends CredentialDto {
  @ApiProperty({ example: 'q1W8…', description: 'Shown once, never again: store it now' }) password: string;
}
