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

/*
 * Each line is written as JSON text directly, not built as objects for JSON.stringify: at 100,000
 * offerings the objects (and collecting them) cost more than the rest of the dump. `j` writes one
 * value (a string escaped as JSON, a number, null); the keys and their order are the TMF shapes'.
 */
const j = (value: string | number | boolean | null): string => (value === null ? 'null' : JSON.stringify(value));
const idText = (value: unknown) => j(String(value));

/** What every TMF620 entity row has (CatalogEntityColumns), without the braces. */
const common = (row: Row, resource: string, type: string) =>
  `"@type":${j(type)},"id":${idText(row.id)},"href":${j(href(resource, row.id))},"name":${j(textOf(row.name))},` +
  `"description":${j(textOf(row.description))},"version":${j(textOf(row.spec_version))},"lifecycleStatus":${j(textOf(row.lifecycle_status))},` +
  `"lastUpdate":${j(isoTime(row.updated_at))},"validFor":{"startDateTime":${j(isoTime(row.valid_from))},"endDateTime":${j(isoTime(row.valid_to))}}`;

const reference = (row: Row, resource: string, referredType: string) =>
  `{"id":${idText(row.id)},"href":${j(href(resource, row.id))},"name":${j(textOf(row.name))},"version":${j(textOf(row.spec_version))},"@referredType":${j(referredType)}}`;

const list = (rows: Row[], text: (row: Row) => string) => `[${rows.map(text).join(',')}]`;

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

/** A `ProductOffering` line (JSON text, no newline). */
export function offeringLine(offering: Row, links: OfferingLinks): string {
  return (
    `{${common(offering, 'productOffering', 'ProductOffering')},"isBundle":${j(booleanOf(offering.is_bundle))},"isSellable":${j(booleanOf(offering.is_sellable))},` +
    `"productSpecification":${links.specification ? reference(links.specification, 'productSpecification', 'ProductSpecification') : 'null'},` +
    `"productOfferingPrice":${list(links.prices, priceValue)},` +
    `"category":${list(links.categories, (row) => reference(row, 'category', 'Category'))},` +
    `"bundledProductOffering":${list(
      links.bundled,
      (row) =>
        `{"@type":"BundledProductOffering","id":${idText(row.id)},"href":${j(href('productOffering', row.id))},"name":${j(textOf(row.name))},"lifecycleStatus":${j(textOf(row.lifecycle_status))}}`,
    )}}`
  );
}

function priceValue(price: Row): string {
  const unit = textOf(price.unit_of_measure);
  const taxRate = numberOf(price.tax_rate);
  const money = fromMinorUnits(Number(price.amount_minor), String(price.currency));
  return (
    `{${common(price, 'productOfferingPrice', 'ProductOfferingPrice')},"isBundle":false,"priceType":${j(textOf(price.price_type))},` +
    `"recurringChargePeriodType":${j(textOf(price.recurring_period))},"recurringChargePeriodLength":${j(numberOf(price.recurring_period_length))},` +
    `"unitOfMeasure":${unit === null ? 'null' : `{"amount":1,"units":${j(unit)}}`},"price":{"unit":${j(money.unit)},"value":${j(money.value)}},` +
    `"tax":${taxRate === null ? '[]' : `[{"taxCategory":"VAT","taxRate":${j(taxRate)}}]`}}`
  );
}

/** A `ProductSpecification` line (JSON text, no newline). */
export function specificationLine(spec: Row): string {
  // Characteristics are JSON already and few: built as objects.
  const characteristics = (jsonOf<SpecCharacteristic[]>(spec.characteristics) ?? []).map((c) => ({
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
  }));
  const kinds = (jsonOf<string[]>(spec.resource_kinds) ?? []).map((kind) => ({
    id: kind,
    name: kind,
    '@referredType': 'ResourceSpecification',
  }));
  return (
    `{${common(spec, 'productSpecification', 'ProductSpecification')},"brand":${j(textOf(spec.brand))},"productNumber":${j(textOf(spec.product_number))},` +
    `"isBundle":${j(booleanOf(spec.is_bundle))},"productSpecCharacteristic":${JSON.stringify(characteristics)},"resourceSpecification":${JSON.stringify(kinds)}}`
  );
}

/** A `Category` line (JSON text, no newline). */
export function categoryLine(category: Row): string {
  return `{${common(category, 'category', 'Category')},"isRoot":${j(booleanOf(category.is_root))},"parentId":${j(textOf(category.parent_id))}}`;
}
