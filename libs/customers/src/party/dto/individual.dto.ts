import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, NestedField, RelatedPartyView, ResourceRefDto, TextField } from '@contactly/platform';
import { ContactMediumDto, ContactMediumView } from './contact-medium.dto.js';
import { GENDERS, NATIONALITIES } from '../person-lists.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const INDIVIDUAL_STATUSES = ['initialized', 'validated', 'deceased'] as const;

/** Attributes of an Individual that a client may send, shared by create and update. */
class IndividualFields {
  @TextField({ max: 100, optional: true, nullable: true, example: 'Petrovna' }) middleName?: string | null;
  @TextField({ max: 40, optional: true, nullable: true, example: 'Dr' }) title?: string | null;
  @EnumField(GENDERS, {
    optional: true,
    nullable: true,
    example: 'female',
    description: 'See GET /api/v1/customers/reference-lists/person',
  })
  gender?: string | null;
  @TextField({
    max: 10,
    optional: true,
    nullable: true,
    pattern: DATE,
    patternMessage: 'birthDate must be a date YYYY-MM-DD',
    example: '1990-04-12',
  })
  birthDate?: string | null;
  @EnumField(NATIONALITIES, { optional: true, nullable: true, example: 'GB', description: 'ISO 3166-1 alpha-2 code' })
  nationality?: string | null;
  @EnumField(INDIVIDUAL_STATUSES, { optional: true, example: 'initialized' }) status?: (typeof INDIVIDUAL_STATUSES)[number];
  @NestedField(() => ContactMediumDto, { optional: true, isArray: true, maxItems: 20 }) contactMedium?: ContactMediumDto[];
  @TextField({ max: 60, optional: true, example: 'Individual' }) '@type'?: string;
  @TextField({ max: 60, optional: true }) '@baseType'?: string;
  @TextField({ max: 500, optional: true }) '@schemaLocation'?: string;
}

export class CreateIndividualDto extends IndividualFields {
  @TextField({ max: 100, example: 'Maria' }) givenName: string;
  @TextField({ max: 100, example: 'Ivanova' }) familyName: string;
  @NestedField(() => ResourceRefDto, {
    optional: true,
    isArray: true,
    maxItems: 5,
    description: 'Staff may name the owning affiliate: `{id, role: "affiliate"}`',
  })
  relatedParty?: ResourceRefDto[];
}

export class UpdateIndividualDto extends IndividualFields {
  @TextField({ max: 100, optional: true, example: 'Maria' }) givenName?: string;
  @TextField({ max: 100, optional: true, example: 'Ivanova-Smith' }) familyName?: string;
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @NestedField(() => ResourceRefDto, { optional: true, isArray: true, maxItems: 5, description: 'The owning affiliate cannot change' })
  relatedParty?: ResourceRefDto[];
}

export class IndividualView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/party/v4/individual/42' }) href: string;
  @ApiProperty({ example: 'Maria' }) givenName: string;
  @ApiProperty({ example: 'Ivanova' }) familyName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) middleName: string | null;
  @ApiProperty({ example: 'Maria Ivanova' }) fullName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) gender: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '1990-04-12' }) birthDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) nationality: string | null;
  @ApiProperty({ enum: INDIVIDUAL_STATUSES }) status: string;
  @ApiProperty({ type: [ContactMediumView] }) contactMedium: ContactMediumView[];
  @ApiProperty({ type: [RelatedPartyView] }) relatedParty: RelatedPartyView[];
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) lastUpdate: string;
  @ApiProperty({ example: 'Individual', name: '@type' }) '@type': string;
}
