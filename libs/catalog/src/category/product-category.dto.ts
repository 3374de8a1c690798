import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { BooleanField, ResourceRefDto, TextField } from '@contactly/platform';
import {
  CatalogEntryCreateFields,
  CatalogEntryPatchFields,
  CatalogEntryView,
  CatalogRefView,
  RefList,
} from '../shared/catalog-entry.dto.js';

export class CategoryFields {
  @TextField({
    max: 20,
    optional: true,
    nullable: true,
    example: '3',
    description: 'The parent category (422 when it does not exist; 422 when it would make a cycle)',
  })
  parentId?: string | null;
  @BooleanField({ optional: true, description: 'Follows parentId (a category without parent is a root); a value sent is ignored' })
  isRoot?: boolean;
  @RefList('Existing product offerings the category lists (422 otherwise); replaces the list')
  productOffering?: ResourceRefDto[];
}

export class CreateCategoryDto extends IntersectionType(CatalogEntryCreateFields, CategoryFields) {}
export class UpdateCategoryDto extends IntersectionType(CatalogEntryPatchFields, CategoryFields) {}

export class CategoryView extends CatalogEntryView {
  @ApiPropertyOptional({ nullable: true, type: String, example: '3' }) parentId: string | null;
  @ApiProperty() isRoot: boolean;
  @ApiProperty({ type: [CatalogRefView] }) productOffering: CatalogRefView[];
  @ApiProperty({ type: [CatalogRefView], description: 'Its child categories (set by their parentId)' }) subCategory: CatalogRefView[];
}
