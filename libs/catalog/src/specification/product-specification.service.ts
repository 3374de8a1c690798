import { Injectable } from '@nestjs/common';
import { type Reference, unprocessable } from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import { OfferingLinksRepository } from '../offering/offering-links.repository.js';
import { catalogList } from '../shared/catalog-lists.js';
import { catalogEntryBody } from '../shared/catalog-entry.mapper.js';
import { CatalogEntryService, type CatalogKind, patched, type UsePurpose } from '../shared/catalog-entry.service.js';
import { CatalogKit } from '../shared/catalog-kit.js';
import { catalogLifecycle } from '../shared/catalog-lifecycle.js';
import { RESOURCE_KINDS, type ResourceKind } from '../shared/catalog-kinds.js';
import { PRODUCT_SPECIFICATION_PATH } from '../shared/catalog-paths.js';
import type {
  CreateProductSpecificationDto,
  ProductSpecificationView,
  SpecCharacteristicDto,
  UpdateProductSpecificationDto,
} from './product-specification.dto.js';
import { type SpecCharacteristic, ProductSpecification } from './product-specification.entity.js';

export const PRODUCT_SPECIFICATION: CatalogKind<ProductSpecification> = {
  resource: 'ProductSpecification',
  type: 'productSpecification',
  label: 'Product specification',
  path: PRODUCT_SPECIFICATION_PATH,
  entity: ProductSpecification,
  notFound: CATALOG_ERRORS.PRODUCT_SPECIFICATION_NOT_FOUND,
  process: catalogLifecycle('productSpecification', 'ProductSpecification'),
  list: catalogList(
    {
      brand: { column: 'e.brand', type: 'string' },
      productNumber: { column: 'e.product_number', type: 'string' },
      isBundle: { column: 'e.is_bundle', type: 'boolean' },
    },
    ['productSpecCharacteristic', 'resourceSpecification'],
  ),
};

const RESOURCE_NAMES: Record<ResourceKind, string> = { msisdn: 'MSISDN', iccid: 'SIM card (ICCID)' };

/** TMF620 product specifications: what a product is, its characteristics and the resources (number, SIM) it needs. */
@Injectable()
export class ProductSpecificationService extends CatalogEntryService<
  ProductSpecification,
  ProductSpecificationView,
  CreateProductSpecificationDto,
  UpdateProductSpecificationDto
> {
  constructor(
    kit: CatalogKit,
    private readonly links: OfferingLinksRepository,
  ) {
    super(kit, PRODUCT_SPECIFICATION);
  }

  protected valuesOf(input: CreateProductSpecificationDto | UpdateProductSpecificationDto, current: ProductSpecification | null) {
    return Promise.resolve({
      brand: patched(input.brand, current?.brand ?? null),
      productNumber: patched(input.productNumber, current?.productNumber ?? null),
      isBundle: input.isBundle ?? current?.isBundle ?? false,
      characteristics:
        input.productSpecCharacteristic === undefined
          ? (current?.characteristics ?? null)
          : (input.productSpecCharacteristic?.map(toCharacteristic) ?? null),
      resourceKinds:
        input.resourceSpecification === undefined ? (current?.resourceKinds ?? null) : resourceKindsOf(input.resourceSpecification),
    });
  }

  protected toViews(rows: ProductSpecification[], baseUrl: string): Promise<ProductSpecificationView[]> {
    return Promise.resolve(
      rows.map((row) => ({
        ...catalogEntryBody(row, PRODUCT_SPECIFICATION_PATH, baseUrl),
        brand: row.brand,
        productNumber: row.productNumber,
        isBundle: row.isBundle,
        productSpecCharacteristic: (row.characteristics ?? []).map((c) => ({
          name: c.name,
          ...(c.description ? { description: c.description } : {}),
          valueType: c.valueType,
          configurable: c.configurable ?? false,
          productSpecCharacteristicValue: c.values,
        })),
        resourceSpecification: (row.resourceKinds ?? []).map((kind) => ({
          id: kind,
          name: RESOURCE_NAMES[kind],
          '@referredType': 'ResourceSpecification',
        })),
        '@type': 'ProductSpecification',
      })),
    );
  }

  protected override async usedBy(id: number, purpose: UsePurpose): Promise<Reference[]> {
    return [await this.links.offeringsOfSpecification(id, purpose)];
  }
}

const toCharacteristic = (c: SpecCharacteristicDto): SpecCharacteristic => ({
  name: c.name,
  ...(c.description ? { description: c.description } : {}),
  valueType: c.valueType,
  configurable: c.configurable ?? false,
  values: (c.productSpecCharacteristicValue ?? []).map((v) => ({
    value: v.value,
    ...(v.unitOfMeasure ? { unitOfMeasure: v.unitOfMeasure } : {}),
    ...(v.isDefault !== undefined ? { isDefault: v.isDefault } : {}),
  })),
});

/** Our resource kinds are the resource specifications: another id names nothing (422). */
function resourceKindsOf(refs: { id: string }[] | null): ResourceKind[] | null {
  if (refs === null) return null;
  const unknown = refs.filter((ref) => !(RESOURCE_KINDS as readonly string[]).includes(ref.id));
  if (unknown.length)
    throw unprocessable(
      CATALOG_ERRORS.RESOURCE_SPECIFICATION_NOT_FOUND,
      `Resource specification ${unknown.map((r) => r.id).join(', ')} does not exist`,
      [{ field: 'resourceSpecification.id', message: `must be one of ${RESOURCE_KINDS.join(', ')}` }],
    );
  return [...new Set(refs.map((ref) => ref.id as ResourceKind))];
}
