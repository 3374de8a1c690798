import type { OfferingLinks } from './catalog-dump-lines.js';
import type { Row } from './raw-columns.js';

export const DUMP_PAGE_SIZE = 1000;

/** Runs a read in the dump's snapshot (`?` placeholders), giving raw rows with times as `YYYY-MM-DD HH:MM:SS.mmm` text or Dates. */
export type SnapshotQuery = (sql: string, params: unknown[]) => Promise<Row[]>;

export interface OfferingWithLinks {
  offering: Row;
  links: OfferingLinks;
}
const marks = (ids: readonly number[]) => ids.map(() => '?').join(',');

function groupBy(rows: Row[], key: string): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const id = Number(row[key]);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

const LAUNCHED = `lifecycle_status = 'launched'`;

/**
 * Reads the sellable catalog (launched offerings and what they refer to) in keyset pages (`id > last`,
 * DUMP_PAGE_SIZE rows), with each page's links in one query per kind, never more than a page in
 * memory. Plain SQL (`?` placeholders, both dialects) giving raw rows (`raw-columns.ts`): at 100,000
 * offerings TypeORM's entity loading cost more than the reads. `query` reads in a snapshot on
 * MariaDB, so every page sees the same catalog. The next page is read while the consumer turns
 * this one into lines, so the database and the CPU work at the same time.
 */
export class SellableCatalogReader {
  constructor(
    private readonly query: SnapshotQuery,
    private readonly pageSize = DUMP_PAGE_SIZE,
  ) {}

  async *offeringPages(): AsyncGenerator<OfferingWithLinks[]> {
    let next: Promise<OfferingWithLinks[]> | null = this.offeringPage(0);
    while (next) {
      const page: OfferingWithLinks[] = await next;
      next = page.length === this.pageSize ? this.offeringPage(Number(page[page.length - 1].offering.id)) : null;
      // Read ahead is awaited by the next turn; if the consumer stops first, its failure must not go unobserved.
      next?.catch(() => undefined);
      if (page.length) yield page;
    }
  }

  private async offeringPage(after: number): Promise<OfferingWithLinks[]> {
    const offerings = await this.query(`SELECT * FROM product_offering WHERE ${LAUNCHED} AND id > ? ORDER BY id LIMIT ?`, [
      after,
      this.pageSize,
    ]);
    return offerings.length ? this.withLinks(offerings) : [];
  }

  /** Every specification a launched offering refers to, once. */
  specificationPages(): AsyncGenerator<Row[]> {
    return this.pages(
      `SELECT s.* FROM product_specification s WHERE s.id > ? AND EXISTS
         (SELECT 1 FROM product_offering o WHERE o.product_specification_id = s.id AND o.${LAUNCHED})
       ORDER BY s.id LIMIT ?`,
    );
  }

  /** Every category a launched offering is in, once. */
  categoryPages(): AsyncGenerator<Row[]> {
    return this.pages(
      `SELECT c.* FROM product_category c WHERE c.id > ? AND EXISTS
         (SELECT 1 FROM product_offering_category oc JOIN product_offering o ON o.id = oc.offering_id
           WHERE oc.category_id = c.id AND o.${LAUNCHED})
       ORDER BY c.id LIMIT ?`,
    );
  }

  private async *pages(sql: string): AsyncGenerator<Row[]> {
    let next: Promise<Row[]> | null = this.query(sql, [0, this.pageSize]);
    while (next) {
      const rows: Row[] = await next;
      next = rows.length === this.pageSize ? this.query(sql, [Number(rows[rows.length - 1].id), this.pageSize]) : null;
      next?.catch(() => undefined);
      if (rows.length) yield rows;
    }
  }

  /** The page's prices, categories, bundled offerings and specifications: one query each. */
  private async withLinks(offerings: Row[]): Promise<OfferingWithLinks[]> {
    const ids = offerings.map((o) => Number(o.id));
    const specIds = [...new Set(offerings.filter((o) => o.product_specification_id != null).map((o) => Number(o.product_specification_id)))];
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
    const pricesOf = groupBy(prices, 'link_offering_id');
    const categoriesOf = groupBy(categories, 'link_offering_id');
    const bundledOf = groupBy(bundled, 'link_offering_id');
    const specById = new Map(specs.map((row) => [Number(row.id), row]));
    return offerings.map((offering) => ({
      offering,
      links: {
        prices: pricesOf.get(Number(offering.id)) ?? [],
        specification: specById.get(Number(offering.product_specification_id)) ?? null,
        categories: categoriesOf.get(Number(offering.id)) ?? [],
        bundled: bundledOf.get(Number(offering.id)) ?? [],
      },
    }));
  }
}
