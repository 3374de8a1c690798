import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BooleanField,
  EnumField,
  NestedField,
  RefView,
  RelatedPartyView,
  ResourceRefDto,
  TextField,
  TimePeriodView,
  TmfTypeField,
} from '@contactly/platform';
import { PAYMENT_METHOD_STATUSES, PAYMENT_METHOD_TYPES } from '../payment-method.entity.js';
import { CardDetailsDto, CardView } from './card-details.dto.js';

/** Attributes a client may set on create and change on update. */
class PaymentMethodFields {
  @TextField({ max: 500, optional: true, nullable: true, example: 'For the monthly bill' }) description?: string | null;
  @BooleanField({
    optional: true,
    example: true,
    description:
      'True makes the party’s other methods not preferred (in the same transaction). The first method of a party is preferred unless told otherwise.',
  })
  isPreferred?: boolean;
  @EnumField(PAYMENT_METHOD_STATUSES, { optional: true, example: 'active', description: 'An inactive method is never preferred' })
  status?: (typeof PAYMENT_METHOD_STATUSES)[number];
  @TextField({ max: 300, optional: true, nullable: true, example: 'Card reported lost' }) statusReason?: string | null;
  @TextField({ max: 60, optional: true }) '@baseType'?: string;
  @TextField({ max: 500, optional: true }) '@schemaLocation'?: string;
}

export class CreatePaymentMethodDto extends PaymentMethodFields {
  @TmfTypeField(PAYMENT_METHOD_TYPES, {
    example: 'bankCard',
    description: 'Both kinds are tokenized by the payment gateway; the type is kept.',
  })
  '@type': (typeof PAYMENT_METHOD_TYPES)[number];
  @TextField({ max: 200, example: 'My Visa' }) name: string;
  @NestedField(() => ResourceRefDto, {
    optional: true,
    description: 'The owning customer or party, in your scope (422 otherwise). A subscriber may leave it out: it is then themself.',
  })
  relatedParty?: ResourceRefDto;
  @NestedField(() => CardDetailsDto, {
    description: 'The card: checked (Luhn, expiry), tokenized, then forgotten but for brand, last 4, expiry and holder',
  })
  details: CardDetailsDto;
}

export class UpdatePaymentMethodDto extends PaymentMethodFields {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TmfTypeField(PAYMENT_METHOD_TYPES, { optional: true, description: 'Must equal the current type if sent.' })
  '@type'?: (typeof PAYMENT_METHOD_TYPES)[number];
  @TextField({ max: 200, optional: true, example: 'Work Visa' }) name?: string;
  @NestedField(() => ResourceRefDto, { optional: true, description: 'The owner cannot change' }) relatedParty?: ResourceRefDto;
  @NestedField(() => CardDetailsDto, { optional: true, description: 'A new card replaces the one on file (tokenized again)' })
  details?: CardDetailsDto;
}

export class PaymentMethodView {
  @ApiProperty({ example: '8' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/paymentMethod/v4/paymentMethod/8' }) href: string;
  @ApiProperty({ example: 'My Visa' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: true }) isPreferred: boolean;
  @ApiProperty({ enum: PAYMENT_METHOD_STATUSES, example: 'active' }) status: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) statusDate: string;
  @ApiPropertyOptional({ nullable: true, type: String }) statusReason: string | null;
  @ApiProperty({ type: TimePeriodView, description: 'From when it was added to the end of the card’s expiry month' })
  validFor: TimePeriodView;
  @ApiProperty({ type: RelatedPartyView, description: 'The owner (role `owner`)' }) relatedParty: RelatedPartyView;
  @ApiProperty({
    type: [RefView],
    description: 'Accounts that charge this method by default (set on the account’s `defaultPaymentMethod`)',
  })
  account: RefView[];
  @ApiProperty({ type: CardView }) details: CardView;
  @ApiProperty({ enum: PAYMENT_METHOD_TYPES, example: 'bankCard', name: '@type' }) '@type': string;
}
