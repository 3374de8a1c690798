import type { CatalogRef, OfferingPrice, RefBody } from './catalog-types';
import { eurosForInput, parseEuros } from './money';
import { priceAmount, priceBody, priceFormValues, type PriceFormValues } from './price-shape';

type Values = Record<string, unknown>;

/** How a catalog resource's TMF body becomes a form's record (flat ids, euros as text) and back. */
export interface CatalogShape {
  toRecord(body: Values): Values;
  toBody(record: Values): Values;
  /** Where a field the server named sits in the form (`productOfferingPrice[1].id` → `priceIds`). */
  formField(path: string): string;
}

const ids = (refs: unknown): string[] => (Array.isArray(refs) ? refs.map((ref) => String((ref as CatalogRef).id)) : []);
const refs = (value: unknown): RefBody[] => (Array.isArray(value) ? value.filter(Boolean).map((id) => ({ id: String(id) })) : []);
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
/** The attributes every catalog entity's form edits. */
const common = (record: Values): Values => ({
  name: record.name,
  description: text(record.description) ?? null,
  ...(record.lifecycleStatus ? { lifecycleStatus: record.lifecycleStatus } : {}),
  ...(text(record.version) ? { version: text(record.version) } : {}),
});
const listField = (path: string, list: string, field: string) =>
  path === list || path.startsWith(`${list}.`) || path.startsWith(`${list}[`) ? field : undefined;

const offering: CatalogShape = {
  toRecord: (body) => ({
    ...body,
    productSpecificationId: (body.productSpecification as CatalogRef | null)?.id ?? null,
    priceIds: ids(body.productOfferingPrice),
    bundledOfferingIds: ids(body.bundledProductOffering),
    categoryIds: ids(body.category),
  }),
  toBody: (record) => ({
    ...common(record),
    isBundle: !!record.isBundle,
    isSellable: record.isSellable !== false,
    productSpecification: record.productSpecificationId ? { id: String(record.productSpecificationId) } : null,
    productOfferingPrice: refs(record.priceIds),
    bundledProductOffering: record.isBundle ? refs(record.bundledOfferingIds) : [],
    category: refs(record.categoryIds),
  }),
  formField: (path) =>
    listField(path, 'productSpecification', 'productSpecificationId') ??
    listField(path, 'productOfferingPrice', 'priceIds') ??
    listField(path, 'bundledProductOffering', 'bundledOfferingIds') ??
    listField(path, 'category', 'categoryIds') ??
    path,
};

const price: CatalogShape = {
  toRecord: (body) => {
    const values = priceFormValues(body as unknown as OfferingPrice);
    return { ...body, ...values, amountEuros: eurosForInput(priceAmount(body as unknown as OfferingPrice)?.value) };
  },
  toBody: (record) => {
    const entry = parseEuros(String(record.amountEuros ?? ''));
    const values = { ...(record as unknown as PriceFormValues), amountMinor: entry.ok ? entry.minor : NaN };
    return { ...common(record), ...priceBody(values) };
  },
  formField: (path) =>
    path.startsWith('price') && path !== 'priceType'
      ? path.includes('taxRate')
        ? 'taxRate'
        : 'amountEuros'
      : (listField(path, 'unitOfMeasure', 'unit') ?? path),
};

interface CharacteristicRow {
  name?: string;
  valueType?: string;
  description?: string;
  values?: string;
}

const specification: CatalogShape = {
  toRecord: (body) => ({
    ...body,
    resourceKinds: ids(body.resourceSpecification),
    characteristics: ((body.productSpecCharacteristic as Values[] | undefined) ?? []).map((c) => ({
      name: c.name,
      valueType: c.valueType,
      description: c.description ?? '',
      values: ((c.productSpecCharacteristicValue as Values[] | undefined) ?? [])
        .map((v) => [v.value, v.unitOfMeasure].filter((part) => part !== undefined && part !== null && part !== '').join(' '))
        .join(', '),
    })),
  }),
  toBody: (record) => ({
    ...common(record),
    brand: text(record.brand) ?? null,
    productNumber: text(record.productNumber) ?? null,
    isBundle: !!record.isBundle,
    resourceSpecification: (Array.isArray(record.resourceKinds) ? record.resourceKinds : []).map((kind) => ({
      id: String(kind),
      name: String(kind).toUpperCase(),
    })),
    productSpecCharacteristic: ((record.characteristics as CharacteristicRow[] | undefined) ?? []).map((row) => ({
      name: row.name,
      valueType: row.valueType || 'string',
      ...(text(row.description) ? { description: text(row.description) } : {}),
      productSpecCharacteristicValue: (row.values ?? '')
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean)
        .map((value) => {
          // "10 GB" → value 10 in GB; "unlimited" stays text.
          const match = /^(-?\d+(?:\.\d+)?)\s*(\S.*)?$/.exec(value);
          return match ? { value: Number(match[1]), ...(match[2] ? { unitOfMeasure: match[2] } : {}) } : { value };
        }),
    })),
  }),
  formField: (path) => {
    const dotted = path.replace(/\[(\d+)\]/g, '.$1');
    const inRow = /^productSpecCharacteristic\.(\d+)\.(name|valueType|description)$/.exec(dotted);
    if (inRow) return `characteristics.${inRow[1]}.${inRow[2]}`;
    if (dotted.startsWith('productSpecCharacteristic')) return 'characteristics';
    return listField(dotted, 'resourceSpecification', 'resourceKinds') ?? dotted;
  },
};

const category: CatalogShape = {
  toRecord: (body) => ({ ...body, parentId: body.parentId ?? null }),
  toBody: (record) => ({ ...common(record), parentId: record.parentId ? String(record.parentId) : null, isRoot: !record.parentId }),
  formField: (path) => path,
};

const catalog: CatalogShape = {
  toRecord: (body) => ({ ...body, categoryIds: ids(body.category) }),
  toBody: (record) => ({ ...common(record), catalogType: text(record.catalogType) ?? null, category: refs(record.categoryIds) }),
  formField: (path) => listField(path, 'category', 'categoryIds') ?? path,
};

export const CATALOG_SHAPES: Record<string, CatalogShape> = {
  productOffering: offering,
  productOfferingPrice: price,
  productSpecification: specification,
  category,
  catalog,
};
