import { catalogEntryController } from '../shared/catalog-entry.controller.js';
import { CategoryView, CreateCategoryDto, UpdateCategoryDto } from './product-category.dto.js';
import { CATEGORY, ProductCategoryService } from './product-category.service.js';

export const CategoryController = catalogEntryController(
  { service: ProductCategoryService, ...CATEGORY, create: CreateCategoryDto, update: UpdateCategoryDto, view: CategoryView },
  {
    lower: 'category',
    create: '`name` is mandatory; `parentId` names an existing category (422), never the category itself or below it (422).',
    update: 'Changing `productOffering` changes the version of the offerings added or removed.',
    inUse: 'while it has subcategories (for a retirement: ones not retired) or a catalog includes it.',
  },
);
