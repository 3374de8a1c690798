import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { EnumField, IntField, NestedField, TextField, TmfMoneyDto, TmfMoneyView } from '@contactly/platform';
import { CatalogEntryCreateFields, CatalogEntryPatchFields, CatalogEntryView } from '../shared/catalog-entry.dto.js';
import { PRICE_TYPES, type PriceType, RECURRING_PERIODS, type RecurringPeriod } from '../shared/catalog-kinds.js';

/** TMF Quantity: what one unit of a usage price is (`{amount: 1, units: 'GB'}`). */
export class QuantityDto {
  @IntField({ min: 1, max: 1_000_000, example: 1 }) amount: number;
  @TextField({ max: 30, example: 'GB' }) units: string;
}

/** TMF TaxItem: the tax included in the price (one, VAT). */
export class TaxItemDto {
  @TextField({ max: 30, optional: true, example: 'VAT' }) taxCategory?: string;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, example: 20 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'taxRate must be a number with at most 2 decimals' })
  @Min(0)
  @Max(100)
  taxRate: number;
}

const PRICE_TYPE = 'recurring (with recurringChargePeriodType month|year), oneTime, or usage (with unitOfMeasure)';

export class PriceFields {
  @EnumField(RECURRING_PERIODS, {
    optional: true,
    nullable: true,
    example: 'month',
    description: 'Recurring prices only; month by default',
  })
  recurringChargePeriodType?: RecurringPeriod | null;
  @IntField({ min: 1, max: 36, optional: true, nullable: true, example: 1, description: 'Recurring prices only; 1 by default' })
  recurringChargePeriodLength?: number | null;
  @NestedField(() => QuantityDto, { optional: true, nullable: true, description: 'Usage prices only (and required for them)' })
  unitOfMeasure?: QuantityDto | null;
  @NestedField(() => TaxItemDto, { optional: true, nullable: true, isArray: true, maxItems: 1, description: 'The tax the price includes' })
  tax?: TaxItemDto[] | null;
}

class PriceCreateFields {
  @EnumField(PRICE_TYPES, { example: 'recurring', description: PRICE_TYPE }) priceType: PriceType;
  @NestedField(() => TmfMoneyDto, { description: 'Never negative, with at most the decimals of its currency (400 otherwise)' })
  price: TmfMoneyDto;
}

class PricePatchFields {
  @EnumField(PRICE_TYPES, { optional: true, example: 'recurring', description: PRICE_TYPE }) priceType?: PriceType;
  @NestedField(() => TmfMoneyDto, {
    optional: true,
    description: 'Never negative, with at most the decimals of its currency (400 otherwise)',
  })
  price?: TmfMoneyDto;
}

export class CreateProductOfferingPriceDto extends IntersectionType(CatalogEntryCreateFields, PriceFields, PriceCreateFields) {}
export class UpdateProductOfferingPriceDto extends IntersectionType(CatalogEntryPatchFields, PriceFields, PricePatchFields) {}

export class QuantityView {
  @ApiProperty({ example: 1 }) amount: number;
  @ApiProperty({ example: 'GB' }) units: string;
}

export class TaxItemView {
  @ApiProperty({ example: 'VAT' }) taxCategory: string;
  @ApiProperty({ example: 20 }) taxRate: number;
}

export class ProductOfferingPriceView extends CatalogEntryView {
  @ApiProperty({ enum: PRICE_TYPES, example: 'recurring' }) priceType: PriceType;
  @ApiPropertyOptional({ enum: RECURRING_PERIODS, nullable: true, example: 'month' }) recurringChargePeriodType: RecurringPeriod | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 1 }) recurringChargePeriodLength: number | null;
  @ApiProperty({ type: TmfMoneyView }) price: TmfMoneyView;
  @ApiPropertyOptional({ type: QuantityView, nullable: true }) unitOfMeasure: QuantityView | null;
  @ApiProperty({ type: [TaxItemView] }) tax: TaxItemView[];
}
