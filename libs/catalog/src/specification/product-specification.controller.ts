import { catalogEntryController } from '../shared/catalog-entry.controller.js';
import { CreateProductSpecificationDto, ProductSpecificationView, UpdateProductSpecificationDto } from './product-specification.dto.js';
import { PRODUCT_SPECIFICATION, ProductSpecificationService } from './product-specification.service.js';

export const ProductSpecificationController = catalogEntryController(
  {
    service: ProductSpecificationService,
    ...PRODUCT_SPECIFICATION,
    create: CreateProductSpecificationDto,
    update: UpdateProductSpecificationDto,
    view: ProductSpecificationView,
  },
  {
    lower: 'product specification',
    create: '`name` is mandatory; `resourceSpecification` ids are `msisdn` and `iccid` (422 otherwise).',
    inUse: 'while a product offering (for a retirement: one not retired) or a subscription uses it.',
  },
);
