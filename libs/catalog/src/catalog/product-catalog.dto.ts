import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ResourceRefDto, TextField } from '@contactly/platform';
import {
  CatalogEntryCreateFields,
  CatalogEntryPatchFields,
  CatalogEntryView,
  CatalogRefView,
  RefList,
} from '../shared/catalog-entry.dto.js';

export class CatalogFields {
  @TextField({ max: 50, optional: true, nullable: true, example: 'consumer' }) catalogType?: string | null;
  @RefList('Existing categories (422 otherwise); replaces the list') category?: ResourceRefDto[];
}

export class CreateCatalogDto extends IntersectionType(CatalogEntryCreateFields, CatalogFields) {}
export class UpdateCatalogDto extends IntersectionType(CatalogEntryPatchFields, CatalogFields) {}

export class CatalogView extends CatalogEntryView {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'consumer' }) catalogType: string | null;
  @ApiProperty({ type: [CatalogRefView] }) category: CatalogRefView[];
}
