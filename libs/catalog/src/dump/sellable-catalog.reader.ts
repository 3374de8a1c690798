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
    return this.referredPages(
      `SELECT DISTINCT o.product_specification_id AS id FROM product_offering o
        WHERE o.${LAUNCHED} AND o.product_specification_id > ? ORDER BY o.product_specification_id LIMIT ?`,
      (ids) => `SELECT * FROM product_specification WHERE id IN (${marks(ids)}) ORDER BY id`,
    );
  }

  /** Every category a launched offering is in, once. */
  categoryPages(): AsyncGenerator<Row[]> {
    return this.referredPages(
      `SELECT DISTINCT oc.category_id AS id FROM product_offering_category oc JOIN product_offering o ON o.id = oc.offering_id
        WHERE o.${LAUNCHED} AND oc.category_id > ? ORDER BY oc.category_id LIMIT ?`,
      (ids) => `SELECT * FROM product_category WHERE id IN (${marks(ids)}) ORDER BY id`,
    );
  }

  /**
   * The rows (`rowsSql`) whose ids `idsSql` pages through (keyset on the referring column's index). Not
   * `EXISTS (…)` on the table itself: MariaDB runs that as a semi-join that scans every offering
   * for each page.
   */
  private async *referredPages(idsSql: string, rowsSql: (ids: number[]) => string): AsyncGenerator<Row[]> {
    const page = async (after: number): Promise<{ ids: number[]; rows: Row[] }> => {
      const ids = (await this.query(idsSql, [after, this.pageSize])).map((row) => Number(row.id));
      const rows = ids.length ? await this.query(rowsSql(ids), ids) : [];
      return { ids, rows };
    };
    let next: Promise<{ ids: number[]; rows: Row[] }> | null = page(0);
    while (next) {
      const { ids, rows }: { ids: number[]; rows: Row[] } = await next;
      next = ids.length === this.pageSize ? page(ids[ids.length - 1]) : null;
      next?.catch(() => undefined);
      if (rows.length) yield rows;
    }
  }

  /**
   * The page's prices, categories, bundled offerings and specifications: one query each. Links are
   * read by a range of the link tables' primary key (`offering_id BETWEEN first AND last` of the
   * page), which every plan reads in order; an `IN` list of 1,000 ids let MariaDB's optimizer, on
   * fresh statistics, scan every price instead (tens of times slower). Rows of offerings in the range
   * that are not in the page (not launched) and obsolete prices are left out here.
   */
  private async withLinks(offerings: Row[]): Promise<OfferingWithLinks[]> {
    const range = [Number(offerings[0].id), Number(offerings[offerings.length - 1].id)];
    const specIds = [
      ...new Set(offerings.filter((o) => o.product_specification_id != null).map((o) => Number(o.product_specification_id))),
    ];
    const [prices, categories, bundled, specs] = await Promise.all([
      this.query(
        `SELECT l.offering_id AS link_offering_id, p.* FROM product_offering_price_link l
           JOIN product_offering_price p ON p.id = l.price_id
          WHERE l.offering_id BETWEEN ? AND ? ORDER BY l.offering_id, l.position, p.id`,
        range,
      ),
      this.query(
        `SELECT oc.offering_id AS link_offering_id, c.id, c.name, c.spec_version FROM product_offering_category oc
           JOIN product_category c ON c.id = oc.category_id
          WHERE oc.offering_id BETWEEN ? AND ? ORDER BY oc.offering_id, c.id`,
        range,
      ),
      this.query(
        `SELECT b.offering_id AS link_offering_id, o.id, o.name, o.lifecycle_status FROM product_offering_bundle b
           JOIN product_offering o ON o.id = b.bundled_offering_id
          WHERE b.offering_id BETWEEN ? AND ? ORDER BY b.offering_id, b.position, o.id`,
        range,
      ),
      specIds.length ? this.query(`SELECT id, name, spec_version FROM product_specification WHERE id IN (${marks(specIds)})`, specIds) : [],
    ]);
    const pricesOf = groupBy(
      prices.filter((p) => p.lifecycle_status !== 'obsolete'),
      'link_offering_id',
    );
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
