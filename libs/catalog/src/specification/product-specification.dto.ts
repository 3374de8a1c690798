import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ValidateBy } from 'class-validator';
import { BooleanField, NestedField, TextField } from '@contactly/platform';
import { CatalogEntryCreateFields, CatalogEntryPatchFields, CatalogEntryView } from '../shared/catalog-entry.dto.js';
import { RESOURCE_KINDS } from '../shared/catalog-kinds.js';

/** A characteristic value is a short string, a number or a boolean. */
const ScalarValue = () =>
  ValidateBy({
    name: 'scalarValue',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'boolean' ||
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && value.length <= 200),
      defaultMessage: () => 'value must be a string (at most 200 characters), a number or a boolean',
    },
  });

export class CharacteristicValueDto {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], example: '10' }) @ScalarValue() value:
    string | number | boolean;
  @TextField({ max: 30, optional: true, example: 'GB' }) unitOfMeasure?: string;
  @BooleanField({ optional: true }) isDefault?: boolean;
  @TextField({ max: 40, optional: true, example: 'number' }) valueType?: string;
}

/** TMF ProductSpecificationCharacteristic, by value. */
export class SpecCharacteristicDto {
  @TextField({ max: 100, example: 'dataAllowance' }) name: string;
  @TextField({ max: 500, optional: true }) description?: string;
  @TextField({ max: 40, example: 'number' }) valueType: string;
  @BooleanField({ optional: true }) configurable?: boolean;
  @NestedField(() => CharacteristicValueDto, { optional: true, isArray: true, maxItems: 50 })
  productSpecCharacteristicValue?: CharacteristicValueDto[];
}

/** A kind of resource (TMF639) its products need: `msisdn` or `iccid`. */
export class ResourceSpecificationRefDto {
  @TextField({ max: 20, example: 'msisdn', description: `One of ${RESOURCE_KINDS.join(', ')}` }) id: string;
  @TextField({ max: 500, optional: true }) href?: string;
  @TextField({ max: 100, optional: true }) name?: string;
  @TextField({ max: 60, optional: true }) '@referredType'?: string;
  @TextField({ max: 60, optional: true }) '@type'?: string;
}

export class SpecificationFields {
  @TextField({ max: 100, optional: true, nullable: true, example: 'Contactly' }) brand?: string | null;
  @TextField({ max: 100, optional: true, nullable: true, example: 'MOB-M-2026' }) productNumber?: string | null;
  @BooleanField({ optional: true }) isBundle?: boolean;
  @NestedField(() => SpecCharacteristicDto, {
    optional: true,
    nullable: true,
    isArray: true,
    maxItems: 50,
    description: 'Replaces the list',
  })
  productSpecCharacteristic?: SpecCharacteristicDto[] | null;
  @NestedField(() => ResourceSpecificationRefDto, {
    optional: true,
    nullable: true,
    isArray: true,
    maxItems: 2,
    description: `What a product of it needs provisioned: ${RESOURCE_KINDS.join(', ')} (422 for another id)`,
  })
  resourceSpecification?: ResourceSpecificationRefDto[] | null;
}

export class CreateProductSpecificationDto extends IntersectionType(CatalogEntryCreateFields, SpecificationFields) {}
export class UpdateProductSpecificationDto extends IntersectionType(CatalogEntryPatchFields, SpecificationFields) {}

export class CharacteristicValueView {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], example: 10 }) value: string | number | boolean;
  @ApiPropertyOptional({ example: 'GB' }) unitOfMeasure?: string;
  @ApiPropertyOptional() isDefault?: boolean;
}

export class SpecCharacteristicView {
  @ApiProperty({ example: 'dataAllowance' }) name: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ example: 'number' }) valueType: string;
  @ApiProperty() configurable: boolean;
  @ApiProperty({ type: [CharacteristicValueView] }) productSpecCharacteristicValue: CharacteristicValueView[];
}

export class ResourceSpecificationRefView {
  @ApiProperty({ example: 'msisdn', enum: RESOURCE_KINDS }) id: string;
  @ApiProperty({ example: 'MSISDN' }) name: string;
  @ApiProperty({ example: 'ResourceSpecification', name: '@referredType' }) '@referredType': string;
}

export class ProductSpecificationView extends CatalogEntryView {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Contactly' }) brand: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'MOB-M-2026' }) productNumber: string | null;
  @ApiProperty() isBundle: boolean;
  @ApiProperty({ type: [SpecCharacteristicView] }) productSpecCharacteristic: SpecCharacteristicView[];
  @ApiProperty({ type: [ResourceSpecificationRefView] }) resourceSpecification: ResourceSpecificationRefView[];
}
