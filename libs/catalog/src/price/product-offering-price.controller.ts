import { catalogEntryController } from '../shared/catalog-entry.controller.js';
import { CreateProductOfferingPriceDto, ProductOfferingPriceView, UpdateProductOfferingPriceDto } from './product-offering-price.dto.js';
import { PRODUCT_OFFERING_PRICE, ProductOfferingPriceService } from './product-offering-price.service.js';

export const ProductOfferingPriceController = catalogEntryController(
  {
    service: ProductOfferingPriceService,
    ...PRODUCT_OFFERING_PRICE,
    create: CreateProductOfferingPriceDto,
    update: UpdateProductOfferingPriceDto,
    view: ProductOfferingPriceView,
  },
  {
    lower: 'product offering price',
    create:
      '`name`, `priceType` and `price` are mandatory. A recurring price charges every `recurringChargePeriodLength` `recurringChargePeriodType` (month or year); a usage price per `unitOfMeasure`. `price` is never negative and has at most the decimals of its currency (400).',
    inUse: 'while a product offering (for a retirement: one not retired) or a subscription uses it.',
  },
);
