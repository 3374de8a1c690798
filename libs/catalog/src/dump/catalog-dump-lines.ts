import { fromMinorUnits } from '@contactly/platform';
import type { SpecCharacteristic } from '../specification/product-specification.entity.js';
import { booleanOf, isoTime, jsonOf, numberOf, type Row, textOf } from './raw-columns.js';

/**
 * The lines of a catalog dump, each one JSON object in the TMF620 v4 shape with its `@type`:
 * - `ProductOffering`: every launched offering, lowest id first, with its prices inlined
 *   (`productOfferingPrice`: full ProductOfferingPrice values, TMF money), and references to its
 *   specification, categories and bundled offerings (id, href, name; a bundled one's lifecycleStatus);
 * - `ProductSpecification`: every specification a dumped offering refers to, once;
 * - `Category`: every category a dumped offering is in, once.
 * Offerings come first, then specifications, then categories, each by id. `href`s are relative
 * (`/tmf-api/productCatalogManagement/v4/productOffering/{id}`): a dump is read away from the server.
 * Built from raw rows (`raw-columns.ts`): the column names are the tables'.
 */
export const TMF620_BASE = '/tmf-api/productCatalogManagement/v4';

const href = (resource: string, id: unknown) => `${TMF620_BASE}/${resource}/${String(id)}`;

/** What every TMF620 entity row has (CatalogEntityColumns). */
const common = (row: Row, resource: string, type: string) => ({
  '@type': type,
  id: String(row.id),
  href: href(resource, row.id),
  name: textOf(row.name),
  description: textOf(row.description),
  version: textOf(row.spec_version),
  lifecycleStatus: textOf(row.lifecycle_status),
  lastUpdate: isoTime(row.updated_at),
  validFor: { startDateTime: isoTime(row.valid_from), endDateTime: isoTime(row.valid_to) },
});

const reference = (row: Row, resource: string, referredType: string) => ({
  id: String(row.id),
  href: href(resource, row.id),
  name: textOf(row.name),
  version: textOf(row.spec_version),
  '@referredType': referredType,
});

export interface OfferingLinks {
  /** Price rows (product_offering_price), in the offering's order. */
  prices: Row[];
  /** `id, name, spec_version` of its specification. */
  specification: Row | null;
  /** `id, name, spec_version` of its categories. */
  categories: Row[];
  /** `id, name, lifecycle_status` of its bundled offerings, in order. */
  bundled: Row[];
}

export function offeringLine(offering: Row, links: OfferingLinks): object {
  return {
    ...common(offering, 'productOffering', 'ProductOffering'),
    isBundle: booleanOf(offering.is_bundle),
    isSellable: booleanOf(offering.is_sellable),
    productSpecification: links.specification && reference(links.specification, 'productSpecification', 'ProductSpecification'),
    productOfferingPrice: links.prices.map(priceValue),
    category: links.categories.map((row) => reference(row, 'category', 'Category')),
    bundledProductOffering: links.bundled.map((row) => ({
      '@type': 'BundledProductOffering',
      id: String(row.id),
      href: href('productOffering', row.id),
      name: textOf(row.name),
      lifecycleStatus: textOf(row.lifecycle_status),
    })),
  };
}

function priceValue(price: Row): object {
  const unit = textOf(price.unit_of_measure);
  const taxRate = numberOf(price.tax_rate);
  return {
    ...common(price, 'productOfferingPrice', 'ProductOfferingPrice'),
    isBundle: false,
    priceType: textOf(price.price_type),
    recurringChargePeriodType: textOf(price.recurring_period),
    recurringChargePeriodLength: numberOf(price.recurring_period_length),
    unitOfMeasure: unit === null ? null : { amount: 1, units: unit },
    price: fromMinorUnits(Number(price.amount_minor), String(price.currency)),
    tax: taxRate === null ? [] : [{ taxCategory: 'VAT', taxRate }],
  };
}

export function specificationLine(spec: Row): object {
  return {
    ...common(spec, 'productSpecification', 'ProductSpecification'),
    brand: textOf(spec.brand),
    productNumber: textOf(spec.product_number),
    isBundle: booleanOf(spec.is_bundle),
    productSpecCharacteristic: (jsonOf<SpecCharacteristic[]>(spec.characteristics) ?? []).map((c) => ({
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
    resourceSpecification: (jsonOf<string[]>(spec.resource_kinds) ?? []).map((kind) => ({
      id: kind,
      name: kind,
      '@referredType': 'ResourceSpecification',
    })),
  };
}

export function categoryLine(category: Row): object {
  return {
    ...common(category, 'category', 'Category'),
    isRoot: booleanOf(category.is_root),
    parentId: textOf(category.parent_id),
  };
}
