import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, NestedField, RelatedPartyView, ResourceRefDto, TextField } from '@contactly/platform';
import { ContactMediumDto, ContactMediumView } from './contact-medium.dto.js';

export const ORGANIZATION_STATUSES = ['initialized', 'validated', 'closed'] as const;

class OrganizationFields {
  @TextField({ max: 200, optional: true, nullable: true, example: 'Acme Telecom Services Ltd', description: 'The legal name' }) name?:
    string | null;
  @TextField({ max: 60, optional: true, nullable: true, example: 'company' }) organizationType?: string | null;
  @EnumField(ORGANIZATION_STATUSES, { optional: true, example: 'initialized' }) status?: (typeof ORGANIZATION_STATUSES)[number];
  @NestedField(() => ContactMediumDto, { optional: true, isArray: true, maxItems: 20 }) contactMedium?: ContactMediumDto[];
  @TextField({ max: 60, optional: true, example: 'Organization' }) '@type'?: string;
  @TextField({ max: 60, optional: true }) '@baseType'?: string;
  @TextField({ max: 500, optional: true }) '@schemaLocation'?: string;
}

export class CreateOrganizationDto extends OrganizationFields {
  @TextField({ max: 200, example: 'Acme Telecom' }) tradingName: string;
  @NestedField(() => ResourceRefDto, {
    optional: true,
    isArray: true,
    maxItems: 5,
    description: 'Staff may name the owning affiliate: `{id, role: "affiliate"}`',
  })
  relatedParty?: ResourceRefDto[];
}

export class UpdateOrganizationDto extends OrganizationFields {
  @TextField({ max: 200, optional: true, example: 'Acme Telecom' }) tradingName?: string;
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @NestedField(() => ResourceRefDto, { optional: true, isArray: true, maxItems: 5, description: 'The owning affiliate cannot change' })
  relatedParty?: ResourceRefDto[];
}

export class OrganizationView {
  @ApiProperty({ example: '77' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/party/v4/organization/77' }) href: string;
  @ApiProperty({ example: 'Acme Telecom' }) tradingName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) organizationType: string | null;
  @ApiProperty({ example: true, description: 'True when a legal name is known' }) isLegalEntity: boolean;
  @ApiProperty({ enum: ORGANIZATION_STATUSES }) status: string;
  @ApiProperty({ type: [ContactMediumView] }) contactMedium: ContactMediumView[];
  @ApiProperty({ type: [RelatedPartyView] }) relatedParty: RelatedPartyView[];
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) lastUpdate: string;
  @ApiProperty({ example: 'Organization', name: '@type' }) '@type': string;
}
