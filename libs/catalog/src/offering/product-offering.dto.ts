import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { BooleanField, NestedField, ResourceRefDto } from '@contactly/platform';
import {
  CatalogEntryCreateFields,
  CatalogEntryPatchFields,
  CatalogEntryView,
  CatalogRefView,
  RefList,
} from '../shared/catalog-entry.dto.js';

export class OfferingFields {
  @BooleanField({ optional: true, description: 'Whether it has bundledProductOffering members; must agree with them (400)' })
  isBundle?: boolean;
  @BooleanField({ optional: true, description: 'False for offerings sold only inside a bundle (a SIM card); true by default' })
  isSellable?: boolean;
  @NestedField(() => ResourceRefDto, { optional: true, nullable: true, description: 'An existing productSpecification (422 otherwise)' })
  productSpecification?: ResourceRefDto | null;
  @RefList('Existing productOfferingPrices, in the order shown (422 otherwise); replaces the list')
  productOfferingPrice?: ResourceRefDto[];
  @RefList('Existing offerings that are not bundles (bundles are one level deep, 422 otherwise); replaces the list')
  bundledProductOffering?: ResourceRefDto[];
  @RefList('Existing categories (422 otherwise); replaces the list')
  category?: ResourceRefDto[];
}

export class CreateProductOfferingDto extends IntersectionType(CatalogEntryCreateFields, OfferingFields) {}
export class UpdateProductOfferingDto extends IntersectionType(CatalogEntryPatchFields, OfferingFields) {}

export class ProductOfferingView extends CatalogEntryView {
  @ApiProperty() isBundle: boolean;
  @ApiProperty() isSellable: boolean;
  @ApiPropertyOptional({ type: CatalogRefView, nullable: true }) productSpecification: CatalogRefView | null;
  @ApiProperty({ type: [CatalogRefView] }) productOfferingPrice: CatalogRefView[];
  @ApiProperty({ type: [CatalogRefView] }) bundledProductOffering: CatalogRefView[];
  @ApiProperty({ type: [CatalogRefView] }) category: CatalogRefView[];
}
