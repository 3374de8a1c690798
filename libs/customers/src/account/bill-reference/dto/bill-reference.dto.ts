import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IntField, NestedField, TextField, TimePeriodDto, TimePeriodView, TmfMarkers } from '@contactly/platform';

export class CreateBillFormatDto extends TmfMarkers {
  @TextField({ max: 100, example: 'Detailed', description: 'Unique among bill formats' }) name: string;
  @TextField({ max: 500, optional: true, nullable: true, example: 'Every charge and usage record, line by line' }) description?:
    string | null;
}

/** A PATCH may repeat `id` and `href` (clients send back what they read) but never change them. */
export class UpdateBillFormatDto extends TmfMarkers {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TextField({ max: 100, optional: true, example: 'Itemised' }) name?: string;
  @TextField({ max: 500, optional: true, nullable: true }) description?: string | null;
}

export class CreateBillPresentationMediaDto extends CreateBillFormatDto {}
export class UpdateBillPresentationMediaDto extends UpdateBillFormatDto {}

/** The offsets and period of a billing cycle, shared by create and update. */
class CycleFields extends TmfMarkers {
  @TextField({ max: 500, optional: true, nullable: true, example: 'Bills on the first day of each month' }) description?: string | null;
  @TextField({ max: 40, optional: true, nullable: true, example: 'monthly' }) frequency?: string | null;
  @TextField({ max: 40, optional: true, nullable: true, example: 'month', description: 'e.g. week, month, quarter, year' }) billingPeriod?:
    string | null;
  @IntField({
    min: -366,
    max: 366,
    optional: true,
    nullable: true,
    example: 0,
    description: 'Days from the start of the billing period to the billing date',
  })
  billingDateShift?: number | null;
  @IntField({ min: -366, max: 366, optional: true, nullable: true, example: 0 }) chargeDateOffset?: number | null;
  @IntField({ min: -366, max: 366, optional: true, nullable: true, example: 0 }) creditDateOffset?: number | null;
  @IntField({ min: -366, max: 366, optional: true, nullable: true, example: 2 }) mailingDateOffset?: number | null;
  @IntField({ min: -366, max: 366, optional: true, nullable: true, example: 14 }) paymentDueDateOffset?: number | null;
  @NestedField(() => TimePeriodDto, { optional: true, nullable: true }) validFor?: TimePeriodDto | null;
}

export class CreateBillingCycleSpecificationDto extends CycleFields {
  @TextField({ max: 100, example: 'Monthly on the 1st', description: 'Unique among billing cycle specifications' }) name: string;
}

export class UpdateBillingCycleSpecificationDto extends CycleFields {
  @TextField({ max: 20, optional: true, description: 'Must equal the resource id if sent' }) id?: string;
  @TextField({ max: 500, optional: true, description: 'Must equal the resource href if sent' }) href?: string;
  @TextField({ max: 100, optional: true, example: 'Monthly on the 1st' }) name?: string;
}

/** What every bill reference shows. */
class BillReferenceView {
  @ApiProperty({ example: '1' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/tmf-api/accountManagement/v4/billFormat/1' }) href: string;
  @ApiProperty({ example: 'Detailed' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Every charge and usage record, line by line' }) description: string | null;
}

export class BillFormatView extends BillReferenceView {
  @ApiProperty({ example: 'BillFormat', name: '@type' }) '@type': string;
}

export class BillPresentationMediaView extends BillReferenceView {
  @ApiProperty({ example: 'BillPresentationMedia', name: '@type' }) '@type': string;
}

export class BillingCycleSpecificationView extends BillReferenceView {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'monthly' }) frequency: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'month' }) billingPeriod: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 0 }) billingDateShift: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 0 }) chargeDateOffset: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 0 }) creditDateOffset: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 2 }) mailingDateOffset: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 14 }) paymentDueDateOffset: number | null;
  @ApiProperty({ type: TimePeriodView }) validFor: TimePeriodView;
  @ApiProperty({ example: 'BillingCycleSpecification', name: '@type' }) '@type': string;
}
