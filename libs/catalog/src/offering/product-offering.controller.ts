import { catalogEntryController } from '../shared/catalog-entry.controller.js';
import { CreateProductOfferingDto, ProductOfferingView, UpdateProductOfferingDto } from './product-offering.dto.js';
import { PRODUCT_OFFERING, ProductOfferingService } from './product-offering.service.js';

export const ProductOfferingController = catalogEntryController(
  {
    service: ProductOfferingService,
    ...PRODUCT_OFFERING,
    create: CreateProductOfferingDto,
    update: UpdateProductOfferingDto,
    view: ProductOfferingView,
  },
  {
    lower: 'product offering',
    create:
      '`name` is mandatory; `productSpecification`, `productOfferingPrice`, `bundledProductOffering` and `category` name existing entries (422 naming the field otherwise); bundled offerings are not bundles themselves (one level deep, 422).',
    update:
      'Launching needs a specification and prices that are not retired or obsolete (409 OFFERING_NOT_LAUNCHABLE). A change of its links gives it a new version (ETag).',
    inUse: 'while a bundle or a category (for a retirement: a bundle not retired) or a subscription uses it.',
  },
);
