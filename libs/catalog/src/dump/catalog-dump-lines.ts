import { fromMinorUnits, toTimePeriodView } from '@contactly/platform';
import type { ProductCategory } from '../category/product-category.entity.js';
import type { ProductOffering } from '../offering/product-offering.entity.js';
import type { ProductOfferingPrice } from '../price/product-offering-price.entity.js';
import type { CatalogEntityColumns } from '../shared/catalog-columns.js';
import type { ProductSpecification } from '../specification/product-specification.entity.js';

/**
 * The lines of a catalog dump, each one JSON object in the TMF620 v4 shape with its `@type`:
 * - `ProductOffering`: every launched offering, lowest id first, with its prices inlined
 *   (`productOfferingPrice`: full ProductOfferingPrice values, TMF money), and references to its
 *   specification, categories and bundled offerings (id, href, name; a bundled one's lifecycleStatus);
 * - `ProductSpecification`: every specification a dumped offering refers to, once;
 * - `Category`: every category a dumped offering is in, once.
 * Offerings come first, then specifications, then categories, each by id. `href`s are relative
 * (`/tmf-api/productCatalogManagement/v4/productOffering/{id}`): a dump is read away from the server.
 */
export const TMF620_BASE = '/tmf-api/productCatalogManagement/v4';
export const LINE_TYPES = ['ProductOffering', 'ProductSpecification', 'Category'] as const;
export type LineType = (typeof LINE_TYPES)[number];

const href = (resource: string, id: number) => `${TMF620_BASE}/${resource}/${id}`;

const common = (row: CatalogEntityColumns, resource: string, type: LineType | 'ProductOfferingPrice') => ({
  '@type': type,
  id: String(row.id),
  href: href(resource, row.id),
  name: row.name,
  description: row.description,
  version: row.specVersion,
  lifecycleStatus: row.lifecycleStatus,
  lastUpdate: row.updatedAt.toISOString(),
  validFor: toTimePeriodView({ from: row.validFrom, to: row.validTo }),
});

export interface OfferingLinks {
  prices: ProductOfferingPrice[];
  specification: Pick<ProductSpecification, 'id' | 'name' | 'specVersion'> | null;
  categories: Pick<ProductCategory, 'id' | 'name' | 'specVersion'>[];
  bundled: Pick<ProductOffering, 'id' | 'name' | 'lifecycleStatus'>[];
}

export function offeringLine(offering: ProductOffering, links: OfferingLinks): object {
  const spec = links.specification;
  return {
    ...common(offering, 'productOffering', 'ProductOffering'),
    isBundle: offering.isBundle,
    isSellable: offering.isSellable,
    productSpecification: spec && {
      id: String(spec.id),
      href: href('productSpecification', spec.id),
      name: spec.name,
      version: spec.specVersion,
      '@referredType': 'ProductSpecification',
    },
    productOfferingPrice: links.prices.map(priceValue),
    category: links.categories.map((c) => ({
      id: String(c.id),
      href: href('category', c.id),
      name: c.name,
      version: c.specVersion,
      '@referredType': 'Category',
    })),
    bundledProductOffering: links.bundled.map((b) => ({
      '@type': 'BundledProductOffering',
      id: String(b.id),
      href: href('productOffering', b.id),
      name: b.name,
      lifecycleStatus: b.lifecycleStatus,
    })),
  };
}

function priceValue(price: ProductOfferingPrice): object {
  return {
    ...common(price, 'productOfferingPrice', 'ProductOfferingPrice'),
    isBundle: false,
    priceType: price.priceType,
    recurringChargePeriodType: price.recurringPeriod,
    recurringChargePeriodLength: price.recurringPeriodLength,
    unitOfMeasure: price.unitOfMeasure === null ? null : { amount: 1, units: price.unitOfMeasure },
    price: fromMinorUnits(price.amountMinor, price.currency),
    tax: price.taxRate === null ? [] : [{ taxCategory: 'VAT', taxRate: price.taxRate }],
  };
}

export function specificationLine(spec: ProductSpecification): object {
  return {
    ...common(spec, 'productSpecification', 'ProductSpecification'),
    brand: spec.brand,
    productNumber: spec.productNumber,
    isBundle: spec.isBundle,
    productSpecCharacteristic: (spec.characteristics ?? []).map((c) => ({
      name: c.name,
      description: c.description,
      valueType: c.valueType,
      configurable: c.configurable ?? false,
      productSpecCharacteristicValue: c.values.map((v) => ({
        value: v.value,
        unitOfMeasure: v.unitOfMeasure,
        isDefault: v.isDefault ?? false,
        valueType: c.valueType,
      })),
    })),
    resourceSpecification: (spec.resourceKinds ?? []).map((kind) => ({
      id: kind,
      name: kind,
      '@referredType': 'ResourceSpecification',
    })),
  };
}

export function categoryLine(category: ProductCategory): object {
  return {
    ...common(category, 'category', 'Category'),
    isRoot: category.isRoot,
    parentId: category.parentId === null ? null : String(category.parentId),
  };
}
