import { Injectable } from '@nestjs/common';
import { Database, replaceChildRows } from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import { ProductCategory } from '../category/product-category.entity.js';
import { OfferingLinksRepository } from '../offering/offering-links.repository.js';
import { catalogEntryBody, catalogRef, groupBy } from '../shared/catalog-entry.mapper.js';
import { CatalogEntryService, type CatalogKind, type LinkPlan, NO_LINKS, patched, wants } from '../shared/catalog-entry.service.js';
import { CatalogKit } from '../shared/catalog-kit.js';
import { catalogLifecycle } from '../shared/catalog-lifecycle.js';
import { catalogList } from '../shared/catalog-lists.js';
import { CATALOG_PATH, CATEGORY_PATH } from '../shared/catalog-paths.js';
import type { CatalogView, CreateCatalogDto, UpdateCatalogDto } from './product-catalog.dto.js';
import { ProductCatalog, ProductCatalogCategory } from './product-catalog.entity.js';

export const CATALOG: CatalogKind<ProductCatalog> = {
  resource: 'Catalog',
  type: 'catalog',
  label: 'Catalog',
  path: CATALOG_PATH,
  entity: ProductCatalog,
  notFound: CATALOG_ERRORS.CATALOG_NOT_FOUND,
  process: catalogLifecycle('catalog', 'Catalog'),
  list: catalogList({ catalogType: { column: 'e.catalog_type', type: 'string' } }, ['category']),
};

/** TMF620 catalogs: named collections of categories (Consumer, Business). */
@Injectable()
export class ProductCatalogService extends CatalogEntryService<ProductCatalog, CatalogView, CreateCatalogDto, UpdateCatalogDto> {
  constructor(
    kit: CatalogKit,
    private readonly links: OfferingLinksRepository,
    private readonly db: Database,
  ) {
    super(kit, CATALOG);
  }

  protected valuesOf(input: CreateCatalogDto | UpdateCatalogDto, current: ProductCatalog | null): Promise<Partial<ProductCatalog>> {
    return Promise.resolve({ catalogType: patched(input.catalogType, current?.catalogType ?? null) });
  }

  protected override async planLinks(id: number, input: CreateCatalogDto | UpdateCatalogDto, fresh: boolean): Promise<LinkPlan> {
    if (!input.category) return NO_LINKS;
    const old = fresh ? [] : (await this.links.categoriesOfCatalogs([id])).map((link) => link.id);
    const next = await this.kit.entries.resolve(
      ProductCategory,
      input.category,
      'category.id',
      CATALOG_ERRORS.CATEGORY_NOT_FOUND,
      'Category',
    );
    return {
      changed: next.length !== old.length || next.some((c) => !old.includes(c)),
      apply: () =>
        replaceChildRows(
          this.db.repository(ProductCatalogCategory),
          { catalogId: id },
          next.map((categoryId) => ({ catalogId: id, categoryId })),
          { fresh },
        ),
    };
  }

  protected override async removeLinks(id: number): Promise<void> {
    await this.db.repository(ProductCatalogCategory).delete({ catalogId: id });
  }

  protected async toViews(rows: ProductCatalog[], baseUrl: string, fields: string[] | null): Promise<CatalogView[]> {
    const categories = wants(fields, 'category') ? await this.links.categoriesOfCatalogs(rows.map((row) => row.id)) : [];
    const categoriesBy = groupBy(categories, (link) => link.ownerId);
    return rows.map((row) => ({
      ...catalogEntryBody(row, CATALOG_PATH, baseUrl),
      catalogType: row.catalogType,
      category: (categoriesBy.get(row.id) ?? []).map((c) => catalogRef(c, CATEGORY_PATH, 'Category', baseUrl)),
      '@type': 'Catalog',
    }));
  }
}
