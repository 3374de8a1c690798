import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { hydrate } from '@contactly/platform';
import { ProductCategory } from '../category/product-category.entity.js';
import { ProductOffering } from '../offering/product-offering.entity.js';
import { ProductOfferingPrice } from '../price/product-offering-price.entity.js';
import { ProductSpecification } from '../specification/product-specification.entity.js';
import type { OfferingLinks } from './catalog-dump-lines.js';

export const DUMP_PAGE_SIZE = 1000;

export interface OfferingWithLinks {
  offering: ProductOffering;
  links: OfferingLinks;
}

type Row = Record<string, unknown>;
const marks = (ids: readonly number[]) => ids.map(() => '?').join(',');

function groupBy<T>(rows: Row[], key: string, map: (row: Row) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = Number(row[key]);
    const group = groups.get(id);
    if (group) group.push(map(row));
    else groups.set(id, [map(row)]);
  }
  return groups;
}

const LAUNCHED = `lifecycle_status = 'launched'`;

/**
 * Reads the sellable catalog (launched offerings and what they refer to) in keyset pages (`id > last`,
 * DUMP_PAGE_SIZE rows), with each page's links in one query per kind, never more than a page in
 * memory. Plain SQL (`?` placeholders, both dialects) hydrated as TypeORM would: at 100,000 offerings
 * the generic entity loading costs more than the reads. `manager` is a snapshot transaction's on
 * MariaDB, so every page sees the same catalog.
 */
export class SellableCatalogReader {
  constructor(
    private readonly manager: EntityManager,
    private readonly pageSize = DUMP_PAGE_SIZE,
  ) {}

  async *offeringPages(): AsyncGenerator<OfferingWithLinks[]> {
    for (let last = 0; ; ) {
      const offerings = await this.entities(
        ProductOffering,
        `SELECT * FROM product_offering WHERE ${LAUNCHED} AND id > ? ORDER BY id LIMIT ?`,
        [last, this.pageSize],
      );
      if (!offerings.length) return;
      yield await this.withLinks(offerings);
      last = offerings[offerings.length - 1].id;
      if (offerings.length < this.pageSize) return;
    }
  }

  /** Every specification a launched offering refers to, once. */
  specificationPages(): AsyncGenerator<ProductSpecification[]> {
    return this.pages(
      ProductSpecification,
      `SELECT s.* FROM product_specification s WHERE s.id > ? AND EXISTS
         (SELECT 1 FROM product_offering o WHERE o.product_specification_id = s.id AND o.${LAUNCHED})
       ORDER BY s.id LIMIT ?`,
    );
  }

  /** Every category a launched offering is in, once. */
  categoryPages(): AsyncGenerator<ProductCategory[]> {
    return this.pages(
      ProductCategory,
      `SELECT c.* FROM product_category c WHERE c.id > ? AND EXISTS
         (SELECT 1 FROM product_offering_category oc JOIN product_offering o ON o.id = oc.offering_id
           WHERE oc.category_id = c.id AND o.${LAUNCHED})
       ORDER BY c.id LIMIT ?`,
    );
  }

  private async *pages<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>, sql: string): AsyncGenerator<T[]> {
    for (let last = 0; ; ) {
      const rows = await this.entities(entity, sql, [last, this.pageSize]);
      if (!rows.length) return;
      yield rows;
      last = rows[rows.length - 1].id;
      if (rows.length < this.pageSize) return;
    }
  }

  /** The page's prices, categories, bundled offerings and specifications: one query each. */
  private async withLinks(offerings: ProductOffering[]): Promise<OfferingWithLinks[]> {
    const ids = offerings.map((o) => o.id);
    const specIds = [...new Set(offerings.map((o) => o.productSpecificationId).filter((id): id is number => id !== null))];
    const [prices, categories, bundled, specs] = await Promise.all([
      this.query(
        `SELECT l.offering_id AS link_offering_id, p.* FROM product_offering_price_link l
           JOIN product_offering_price p ON p.id = l.price_id
          WHERE l.offering_id IN (${marks(ids)}) AND p.lifecycle_status <> 'obsolete'
          ORDER BY l.offering_id, l.position, p.id`,
        ids,
      ),
      this.query(
        `SELECT oc.offering_id AS link_offering_id, c.id, c.name, c.spec_version FROM product_offering_category oc
           JOIN product_category c ON c.id = oc.category_id
          WHERE oc.offering_id IN (${marks(ids)}) ORDER BY oc.offering_id, c.id`,
        ids,
      ),
      this.query(
        `SELECT b.offering_id AS link_offering_id, o.id, o.name, o.lifecycle_status FROM product_offering_bundle b
           JOIN product_offering o ON o.id = b.bundled_offering_id
          WHERE b.offering_id IN (${marks(ids)}) ORDER BY b.offering_id, b.position, o.id`,
        ids,
      ),
      specIds.length ? this.query(`SELECT id, name, spec_version FROM product_specification WHERE id IN (${marks(specIds)})`, specIds) : [],
    ]);
    const dataSource = this.manager.connection;
    const pricesOf = groupBy(prices, 'link_offering_id', (row) => hydrate(dataSource, ProductOfferingPrice, row));
    const categoriesOf = groupBy(categories, 'link_offering_id', (row) => ({
      id: Number(row.id),
      name: String(row.name),
      specVersion: row.spec_version as string | null,
    }));
    const bundledOf = groupBy(bundled, 'link_offering_id', (row) => ({
      id: Number(row.id),
      name: String(row.name),
      lifecycleStatus: row.lifecycle_status as ProductOffering['lifecycleStatus'],
    }));
    const specById = new Map(specs.map((row) => [Number(row.id), { id: Number(row.id), name: String(row.name), specVersion: row.spec_version as string | null }]));
    return offerings.map((offering) => ({
      offering,
      links: {
        prices: pricesOf.get(offering.id) ?? [],
        specification: (offering.productSpecificationId !== null && specById.get(offering.productSpecificationId)) || null,
        categories: categoriesOf.get(offering.id) ?? [],
        bundled: bundledOf.get(offering.id) ?? [],
      },
    }));
  }

  private query(sql: string, params: unknown[]): Promise<Row[]> {
    return this.manager.query(sql, params) as Promise<Row[]>;
  }

  private async entities<T extends ObjectLiteral>(entity: EntityTarget<T>, sql: string, params: unknown[]): Promise<T[]> {
    const rows = await this.query(sql, params);
    return rows.map((row) => hydrate(this.manager.connection, entity, row));
  }
}
