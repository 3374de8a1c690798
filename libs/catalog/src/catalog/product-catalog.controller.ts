import { catalogEntryController } from '../shared/catalog-entry.controller.js';
import { CatalogView, CreateCatalogDto, UpdateCatalogDto } from './product-catalog.dto.js';
import { CATALOG, ProductCatalogService } from './product-catalog.service.js';

export const CatalogController = catalogEntryController(
  { service: ProductCatalogService, ...CATALOG, create: CreateCatalogDto, update: UpdateCatalogDto, view: CatalogView },
  {
    lower: 'catalog',
    create: '`name` is mandatory; `category` names existing categories (422 otherwise).',
    inUse: 'while another lib registered a use of it.',
  },
);
