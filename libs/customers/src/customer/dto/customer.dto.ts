import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CharacteristicView,
  EnumField,
  NestedField,
  RefView,
  RelatedPartyView,
  ResourceRefDto,
  TextField,
  TimePeriodView,
} from '@contactly/platform';
import { ContactMediumDto, ContactMediumView } from '../../party/dto/contact-medium.dto.js';
import { CUSTOMER_STATUSES } from '../../party/party.entity.js';

class CustomerFields {
  @EnumField(CUSTOMER_STATUSES, { optional: true, example: 'active', description: 'pending → active ⇄ suspended → closed' })
  status?: (typeof CUSTOMER_STATUSES)[number];
  @TextField({ max: 300, optional: true, nullable: true, example: 'Payment overdue' }) statusReason?: string | null;
  @NestedField(() => ContactMediumDto, {
    optional: true,
    isArray: true,
    maxItems: 20,
    description: 'Replaces the contact media of the engaged party',
  })
  contactMedium?: ContactMediumDto[];
  @TextField({ max: 60, optional: true, example: 'Customer' }) '@type'?: string;
  @TextField({ max: 60, optional: true }) '@baseType'?: string;
  @TextField({ max: 500, optional: true }) '@schemaLocation'?: string;
}

export class CreateCustomerDto extends CustomerFields {
  @TextField({ max: 300, example: 'Maria Ivanova' }) name: string;
  @NestedField(() => ResourceRefDto, { description: 'The Individual or Organization (TMF632) that is the customer; it must exist' })
  engagedParty: ResourceRefDto;
  @NestedField(() => ResourceRefDto, {
    optional: true,
    isArray: true,
    maxItems: 5,
    description: 'Staff may name the owning affiliate: `{id, role: "affiliate"}`',
  })
  relatedParty?: ResourceRefDto[];
}

export class UpdateCustomerDto extends CustomerFields {
  @TextField({ max: 300, optional: true, example: 'Maria Ivanova-Smith' }) name?: string;
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @NestedField(() => ResourceRefDto, { optional: true, description: 'Cannot change' }) engagedParty?: ResourceRefDto;
  @NestedField(() => ResourceRefDto, { optional: true, isArray: true, maxItems: 5, description: 'The owning affiliate cannot change' })
  relatedParty?: ResourceRefDto[];
}

export class CustomerView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/customerManagement/v4/customer/42' }) href: string;
  @ApiProperty({ example: 'Maria Ivanova' }) name: string;
  @ApiProperty({ enum: CUSTOMER_STATUSES }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) statusReason: string | null;
  @ApiProperty({ type: TimePeriodView, description: 'Starts when the party became a customer; open-ended' }) validFor: Pick<
    TimePeriodView,
    'startDateTime'
  >;
  @ApiProperty({ type: RefView }) engagedParty: RefView;
  @ApiProperty({ type: [ContactMediumView] }) contactMedium: ContactMediumView[];
  @ApiProperty({ type: [CharacteristicView], description: '`segment`: B2C for an individual, B2B for an organization' })
  characteristic: CharacteristicView[];
  @ApiProperty({ type: [RelatedPartyView], description: 'The owning affiliate, if any' }) relatedParty: RelatedPartyView[];
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) lastUpdate: string;
  @ApiProperty({ example: 'Customer', name: '@type' }) '@type': string;
}
