import { Injectable } from '@nestjs/common';
import { type FieldProblem, fromMinorUnits, invalid, PLATFORM_ERRORS, type Reference, toMinorUnits } from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import { OfferingLinksRepository } from '../offering/offering-links.repository.js';
import { catalogEntryBody } from '../shared/catalog-entry.mapper.js';
import { CatalogEntryService, type CatalogKind, type UsePurpose } from '../shared/catalog-entry.service.js';
import { CatalogKit } from '../shared/catalog-kit.js';
import { catalogLifecycle } from '../shared/catalog-lifecycle.js';
import { catalogList } from '../shared/catalog-lists.js';
import { PRICE_TYPES, RECURRING_PERIODS } from '../shared/catalog-kinds.js';
import { PRODUCT_OFFERING_PRICE_PATH } from '../shared/catalog-paths.js';
import type {
  CreateProductOfferingPriceDto,
  ProductOfferingPriceView,
  UpdateProductOfferingPriceDto,
} from './product-offering-price.dto.js';
import { ProductOfferingPrice } from './product-offering-price.entity.js';

export const PRODUCT_OFFERING_PRICE: CatalogKind<ProductOfferingPrice> = {
  resource: 'ProductOfferingPrice',
  type: 'productOfferingPrice',
  label: 'Product offering price',
  path: PRODUCT_OFFERING_PRICE_PATH,
  entity: ProductOfferingPrice,
  notFound: CATALOG_ERRORS.PRODUCT_OFFERING_PRICE_NOT_FOUND,
  process: catalogLifecycle('productOfferingPrice', 'ProductOfferingPrice'),
  list: catalogList(
    {
      priceType: { column: 'e.price_type', type: 'enum', values: PRICE_TYPES },
      recurringChargePeriodType: { column: 'e.recurring_period', type: 'enum', values: RECURRING_PERIODS },
      recurringChargePeriodLength: { column: 'e.recurring_period_length', type: 'int' },
    },
    ['price', 'unitOfMeasure', 'tax'],
  ),
};

type PriceInput = CreateProductOfferingPriceDto | UpdateProductOfferingPriceDto;

/**
 * TMF620 prices: recurring (monthly or yearly), one-time or usage (per unit of measure), in
 * integer minor units of their currency. Each attribute belongs to one kind of price; sending it
 * with another kind is a 400 naming it.
 */
@Injectable()
export class ProductOfferingPriceService extends CatalogEntryService<
  ProductOfferingPrice,
  ProductOfferingPriceView,
  CreateProductOfferingPriceDto,
  UpdateProductOfferingPriceDto
> {
  constructor(
    kit: CatalogKit,
    private readonly links: OfferingLinksRepository,
  ) {
    super(kit, PRODUCT_OFFERING_PRICE);
  }

  protected valuesOf(input: PriceInput, current: ProductOfferingPrice | null): Promise<Partial<ProductOfferingPrice>> {
    const priceType = input.priceType ?? current!.priceType;
    const problems: FieldProblem[] = [];
    const refuse = (field: string, message: string) => problems.push({ field, message });
    const recurring = priceType === 'recurring';
    const usage = priceType === 'usage';
    if (!recurring && input.recurringChargePeriodType) refuse('recurringChargePeriodType', 'applies to recurring prices only');
    if (!recurring && input.recurringChargePeriodLength) refuse('recurringChargePeriodLength', 'applies to recurring prices only');
    if (!usage && input.unitOfMeasure) refuse('unitOfMeasure', 'applies to usage prices only');
    const unit =
      input.unitOfMeasure === undefined
        ? current?.unitOfMeasure
          ? { units: current.unitOfMeasure, amount: current.unitOfMeasureAmount ?? 1 }
          : null
        : input.unitOfMeasure;
    if (usage && !unit) refuse('unitOfMeasure', 'is required for a usage price (what one unit is, e.g. {amount: 1, units: "GB"})');
    if (problems.length)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
    const amountMinor = input.price ? toMinorUnits(input.price, 'price') : current!.amountMinor;
    const keep = <T>(sent: T | null | undefined, stored: T | null | undefined, fallback: T) =>
      sent ?? (sent === null ? fallback : (stored ?? fallback));
    return Promise.resolve({
      priceType,
      recurringPeriod: recurring ? keep(input.recurringChargePeriodType, current?.recurringPeriod, 'month' as const) : null,
      recurringPeriodLength: recurring ? keep(input.recurringChargePeriodLength, current?.recurringPeriodLength, 1) : null,
      amountMinor,
      currency: input.price?.unit ?? current!.currency,
      unitOfMeasure: usage ? unit!.units : null,
      unitOfMeasureAmount: usage ? unit!.amount : null,
      taxRate: input.tax === undefined ? (current?.taxRate ?? null) : (input.tax?.[0]?.taxRate ?? null),
    });
  }

  protected toViews(rows: ProductOfferingPrice[], baseUrl: string): Promise<ProductOfferingPriceView[]> {
    return Promise.resolve(rows.map((row) => toPriceView(row, baseUrl)));
  }

  protected override async usedBy(id: number, purpose: UsePurpose): Promise<Reference[]> {
    return [await this.links.offeringsOfPrice(id, purpose)];
  }
}

export const toPriceView = (row: ProductOfferingPrice, baseUrl: string): ProductOfferingPriceView => ({
  ...catalogEntryBody(row, PRODUCT_OFFERING_PRICE_PATH, baseUrl),
  priceType: row.priceType,
  recurringChargePeriodType: row.recurringPeriod,
  recurringChargePeriodLength: row.recurringPeriodLength,
  price: fromMinorUnits(row.amountMinor, row.currency),
  unitOfMeasure: row.unitOfMeasure ? { amount: row.unitOfMeasureAmount ?? 1, units: row.unitOfMeasure } : null,
  tax: row.taxRate === null ? [] : [{ taxCategory: 'VAT', taxRate: row.taxRate }],
  '@type': 'ProductOfferingPrice',
});
