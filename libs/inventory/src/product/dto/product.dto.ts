import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize } from 'class-validator';
import {
  BooleanField,
  CharacteristicDto,
  CharacteristicView,
  DateTimeField,
  EnumField,
  NestedField,
  RefView,
  RelatedPartyView,
  ResourceRefDto,
  TextField,
  TmfMarkers,
  TmfMoneyView,
} from '@contactly/platform';
import { PRODUCT_STATUSES } from '../subscription.entity.js';
import { INITIAL_PRODUCT_STATUSES } from '../subscription-process.js';

/** TMF637 ProductPrice as a client names it: by its productOfferingPrice (one of the offering's recurring prices). */
export class ProductPriceDto extends TmfMarkers {
  @NestedField(() => ResourceRefDto, { description: 'A recurring productOfferingPrice of the offering' })
  productOfferingPrice: ResourceRefDto;
}

const AUTO_RENEW =
  'Whether the subscription renews itself at period end (not a TMF attribute: an extension; also shown and accepted as productCharacteristic `autoRenew`)';
const CHARACTERISTICS =
  'Only `autoRenew` (`true`/`false`) is accepted; it is the same as the top-level `autoRenew` (sending both with different values is 400)';

export class CreateProductDto extends TmfMarkers {
  @NestedField(() => ResourceRefDto, {
    isArray: true,
    maxItems: 1,
    description: 'The customer (role `customer`): exactly one, in your scope',
  })
  @ArrayMinSize(1, { message: 'relatedParty must name the customer' })
  relatedParty: ResourceRefDto[];

  @NestedField(() => ResourceRefDto, { description: 'A launched, sellable product offering' })
  productOffering: ResourceRefDto;

  @NestedField(() => ProductPriceDto, {
    optional: true,
    isArray: true,
    maxItems: 1,
    description: 'The recurring price subscribed to; the offering’s first recurring price when left out',
  })
  productPrice?: ProductPriceDto[];

  @NestedField(() => ResourceRefDto, {
    optional: true,
    description: 'An open billing account of the customer; the customer’s first open one when left out',
  })
  billingAccount?: ResourceRefDto;

  @NestedField(() => ResourceRefDto, {
    optional: true,
    isArray: true,
    maxItems: 5,
    description: 'Numbers and SIMs (TMF639 resource ids) assigned to it: available, or reserved for this customer (409 otherwise)',
  })
  realizingResource?: ResourceRefDto[];

  @TextField({ max: 200, optional: true, example: 'Mobile M', description: 'Defaults to the offering’s name' }) name?: string;

  @EnumField(INITIAL_PRODUCT_STATUSES, { optional: true, example: 'active', description: 'Defaults to active' })
  status?: (typeof INITIAL_PRODUCT_STATUSES)[number];

  @DateTimeField({ optional: true, description: 'When the first period starts; now by default' }) startDate?: string;

  @BooleanField({ optional: true, description: `${AUTO_RENEW}. Defaults to true` }) autoRenew?: boolean;

  @NestedField(() => CharacteristicDto, { optional: true, isArray: true, maxItems: 5, description: CHARACTERISTICS })
  productCharacteristic?: CharacteristicDto[];
}

export class UpdateProductDto extends TmfMarkers {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TextField({ max: 200, optional: true }) name?: string;
  @EnumField(PRODUCT_STATUSES, {
    optional: true,
    example: 'pendingTerminate',
    description:
      '`terminated` cancels now, `pendingTerminate` at the end of the current period, `active` undoes a scheduled cancellation (or resumes, or activates), `suspended` suspends; other moves follow the status process (409 naming from, to and allowed)',
  })
  status?: (typeof PRODUCT_STATUSES)[number];
  @BooleanField({ optional: true, description: AUTO_RENEW }) autoRenew?: boolean;
  @NestedField(() => CharacteristicDto, { optional: true, isArray: true, maxItems: 5, description: CHARACTERISTICS })
  productCharacteristic?: CharacteristicDto[];
}

export class PriceView {
  @ApiProperty({ type: TmfMoneyView, description: 'The catalog price as sold (consumer prices: tax included)' })
  taxIncludedAmount: TmfMoneyView;
}

export class ProductPriceView {
  @ApiProperty({ example: 'Monthly fee' }) name: string;
  @ApiProperty({ example: 'recurring' }) priceType: string;
  @ApiProperty({ example: 'month', description: '`month` or `year`, or `3 months` for a longer period' }) recurringChargePeriod: string;
  @ApiProperty({ type: PriceView }) price: PriceView;
  @ApiProperty({ type: RefView }) productOfferingPrice: RefView;
  @ApiProperty({ example: 'ProductPrice', name: '@type' }) '@type': string;
}

export class BillingAccountRefView {
  @ApiProperty({ example: '12' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/accountManagement/v4/billingAccount/12' }) href: string;
  @ApiProperty({ example: 'BillingAccount', name: '@referredType' }) '@referredType': string;
}

export class RealizingResourceView {
  @ApiProperty({ example: '812' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/resourceInventoryManagement/v4/resource/812' }) href: string;
  @ApiProperty({ example: 'msisdn' }) name: string;
  @ApiProperty({ example: '491701234567', description: 'The MSISDN (E.164 digits) or the ICCID' }) value: string;
  @ApiProperty({ example: 'LogicalResource', name: '@referredType' }) '@referredType': string;
}

export class PeriodView {
  @ApiProperty({ example: '2026-01-15T09:00:00.000Z' }) startDateTime: string;
  @ApiProperty({ example: '2026-02-15T09:00:00.000Z' }) endDateTime: string;
}

export class ScheduledCancellationView {
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-02-15T09:00:00.000Z', description: 'When it takes effect' })
  effectiveDate: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'too_expensive' }) reason: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) comment: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'maria.agent' }) requestedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) requestedAt: string | null;
}

/**
 * A subscription as TMF637 shows a product, with the extensions (documented here, `@type` Product)
 * that TMF has no attribute for: `autoRenew`, `currentPeriod`, `periodNumber`, `cancellation`,
 * `suspendedAt`, `lastModified`.
 */
export class ProductView {
  @ApiProperty({ example: '17' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/productInventory/v4/product/17' }) href: string;
  @ApiProperty({ example: 'Mobile M' }) name: string;
  @ApiProperty({ enum: PRODUCT_STATUSES, example: 'active' }) status: string;
  @ApiProperty({ example: false }) isBundle: boolean;
  @ApiProperty({ example: '2026-01-15T09:00:00.000Z' }) startDate: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'When it ended, or will end when a cancellation is scheduled' })
  terminationDate: string | null;
  @ApiProperty({ type: RefView }) productOffering: RefView;
  @ApiProperty({ type: [ProductPriceView] }) productPrice: ProductPriceView[];
  @ApiProperty({ type: BillingAccountRefView }) billingAccount: BillingAccountRefView;
  @ApiProperty({ type: [RelatedPartyView], description: 'The customer (role `customer`)' }) relatedParty: RelatedPartyView[];
  @ApiProperty({ type: [RealizingResourceView], description: 'Its number (MSISDN) and SIM (ICCID)' })
  realizingResource: RealizingResourceView[];
  @ApiProperty({ type: [CharacteristicView], description: '`autoRenew` (`true`/`false`)' }) productCharacteristic: CharacteristicView[];
  @ApiProperty({ example: true, description: 'Extension: renews itself at period end' }) autoRenew: boolean;
  @ApiProperty({ type: PeriodView, description: 'Extension: the period it is in (and is paid for)' }) currentPeriod: PeriodView;
  @ApiProperty({ example: 1, description: 'Extension: 1 for the first period, one more per renewal' }) periodNumber: number;
  @ApiPropertyOptional({
    type: ScheduledCancellationView,
    nullable: true,
    description: 'Extension: the cancellation (scheduled, or done) and why',
  })
  cancellation: ScheduledCancellationView | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Extension: since when it is suspended' }) suspendedAt: string | null;
  @ApiProperty({ example: '2026-01-15T09:00:00.000Z', description: 'Extension: when it last changed' }) lastModified: string;
  @ApiProperty({ example: 'Product', name: '@type' }) '@type': string;
}
