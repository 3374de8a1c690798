import { Injectable } from '@nestjs/common';
import { Database, type Reference, replaceChildRows, unprocessable } from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import { OfferingLinksRepository } from '../offering/offering-links.repository.js';
import { ProductOfferingCategory } from '../offering/product-offering-links.entity.js';
import { ProductOffering } from '../offering/product-offering.entity.js';
import { catalogEntryBody, catalogRef, groupBy } from '../shared/catalog-entry.mapper.js';
import {
  CatalogEntryService,
  type CatalogKind,
  type LinkPlan,
  NO_LINKS,
  patched,
  type UsePurpose,
  wants,
} from '../shared/catalog-entry.service.js';
import { CatalogKit } from '../shared/catalog-kit.js';
import { catalogLifecycle } from '../shared/catalog-lifecycle.js';
import { catalogList } from '../shared/catalog-lists.js';
import { CATEGORY_PATH, PRODUCT_OFFERING_PATH } from '../shared/catalog-paths.js';
import type { CategoryView, CreateCategoryDto, UpdateCategoryDto } from './product-category.dto.js';
import { ProductCategory } from './product-category.entity.js';

export const CATEGORY: CatalogKind<ProductCategory> = {
  resource: 'Category',
  type: 'category',
  label: 'Category',
  path: CATEGORY_PATH,
  entity: ProductCategory,
  notFound: CATALOG_ERRORS.CATEGORY_NOT_FOUND,
  process: catalogLifecycle('category', 'Category'),
  list: catalogList({ parentId: { column: 'e.parent_id', type: 'id' }, isRoot: { column: 'e.is_root', type: 'boolean' } }, [
    'productOffering',
    'subCategory',
  ]),
};

/** Deep enough for any real catalog tree; a longer walk up means the data is broken, not deep. */
const MAX_DEPTH = 50;

/** TMF620 categories: a tree (parentId) listing offerings (the same links as an offering's `category`). */
@Injectable()
export class ProductCategoryService extends CatalogEntryService<ProductCategory, CategoryView, CreateCategoryDto, UpdateCategoryDto> {
  constructor(
    kit: CatalogKit,
    private readonly links: OfferingLinksRepository,
    private readonly db: Database,
  ) {
    super(kit, CATEGORY);
  }

  protected async valuesOf(
    input: CreateCategoryDto | UpdateCategoryDto,
    current: ProductCategory | null,
  ): Promise<Partial<ProductCategory>> {
    const parentId = input.parentId
      ? await this.parentOf(input.parentId, current?.id ?? null)
      : patched(input.parentId === null ? null : undefined, current?.parentId ?? null);
    return { parentId, isRoot: parentId === null };
  }

  protected override async planLinks(id: number, input: CreateCategoryDto | UpdateCategoryDto, fresh: boolean): Promise<LinkPlan> {
    if (!input.productOffering) return NO_LINKS;
    const old = fresh ? [] : (await this.links.offeringsOfCategories([id])).map((link) => link.id);
    await this.kit.entries.lockForTouch(ProductOffering, [...old, ...input.productOffering.map((ref) => ref.id)]);
    const next = await this.kit.entries.resolve(
      ProductOffering,
      input.productOffering,
      'productOffering.id',
      CATALOG_ERRORS.PRODUCT_OFFERING_NOT_FOUND,
      'Product offering',
    );
    const touched = [...next.filter((o) => !old.includes(o)), ...old.filter((o) => !next.includes(o))];
    return {
      changed: touched.length > 0,
      apply: async () => {
        await replaceChildRows(
          this.db.repository(ProductOfferingCategory),
          { categoryId: id },
          next.map((offeringId) => ({ offeringId, categoryId: id })),
          { fresh },
        );
        // An offering shows its categories: its ETag moves with them.
        await this.kit.entries.touch(ProductOffering, touched, this.kit.clock.now());
      },
    };
  }

  protected override async usedBy(id: number, purpose: UsePurpose): Promise<Reference[]> {
    const children = await this.links.subCategoriesUsing(id, purpose);
    return purpose === 'delete' ? [children, await this.links.catalogsIncluding(id)] : [children];
  }

  protected override async removeLinks(id: number): Promise<void> {
    const listed = (await this.links.offeringsOfCategories([id])).map((link) => link.id);
    await this.db.repository(ProductOfferingCategory).delete({ categoryId: id });
    await this.kit.entries.touch(ProductOffering, listed, this.kit.clock.now());
  }

  protected async toViews(rows: ProductCategory[], baseUrl: string, fields: string[] | null): Promise<CategoryView[]> {
    const ids = rows.map((row) => row.id);
    const [offerings, children] = await Promise.all([
      wants(fields, 'productOffering') ? this.links.offeringsOfCategories(ids) : [],
      wants(fields, 'subCategory') ? this.links.subCategoriesOf(ids) : [],
    ]);
    const [offeringsBy, childrenBy] = [offerings, children].map((links) => groupBy(links, (link) => link.ownerId));
    return rows.map((row) => ({
      ...catalogEntryBody(row, CATEGORY_PATH, baseUrl),
      parentId: row.parentId === null ? null : String(row.parentId),
      isRoot: row.parentId === null,
      productOffering: (offeringsBy.get(row.id) ?? []).map((o) => catalogRef(o, PRODUCT_OFFERING_PATH, 'ProductOffering', baseUrl)),
      subCategory: (childrenBy.get(row.id) ?? []).map((c) => catalogRef(c, CATEGORY_PATH, 'Category', baseUrl)),
      '@type': 'Category',
    }));
  }

  /** The parent a category is put under: it exists (422) and is not the category or one of its descendants (422). */
  private async parentOf(parent: string, self: number | null): Promise<number> {
    const [parentId] = await this.kit.entries.resolve(
      ProductCategory,
      [{ id: parent }],
      'parentId',
      CATALOG_ERRORS.CATEGORY_NOT_FOUND,
      'Category',
    );
    let cursor: number | null = parentId;
    for (let depth = 0; cursor !== null && cursor !== self && depth < MAX_DEPTH; depth += 1)
      cursor = (await this.kit.entries.findById(ProductCategory, cursor))?.parentId ?? null;
    if (self !== null && cursor === self)
      throw unprocessable(
        CATALOG_ERRORS.CATEGORY_CYCLE,
        `Category ${parent} is category ${self} or below it: a category cannot be its own ancestor`,
        [{ field: 'parentId', message: 'must not be the category itself or one of its subcategories' }],
      );
    return parentId;
  }
}
