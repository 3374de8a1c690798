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

/** The rows by the number in `key`, each group in `order`. */
function groupBy(rows: Row[], key: string, order: (a: Row, b: Row) => number): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const id = Number(row[key]);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  for (const group of groups.values()) if (group.length > 1) group.sort(order);
  return groups;
}

/** Link rows in the offering's order (`link_position`), then by id. */
const byPosition = (a: Row, b: Row) => Number(a.link_position) - Number(b.link_position) || Number(a.id) - Number(b.id);

const LAUNCHED = `lifecycle_status = 'launched'`;

/**
 * Reads the sellable catalog (launched offerings and what they refer to) in pages (DUMP_PAGE_SIZE ids
 * of offerings; keyset pages of the ids they refer to), with each page's links in one query per kind, never more than a page in
 * memory. Plain SQL (`?` placeholders, both dialects) giving raw rows (`raw-columns.ts`): at 100,000
 * offerings TypeORM's entity loading cost more than the reads. `query` reads in a snapshot on
 * MariaDB, so every page sees the same catalog. The next page is read while the consumer turns
 * this one into lines, so the database and the CPU work at the same time.
 */
export class SellableCatalogReader {
  private readonly categoryCache = new Map<number, Row>();

  constructor(
    private readonly query: SnapshotQuery,
    private readonly pageSize = DUMP_PAGE_SIZE,
  ) {}

  /**
   * Windows of `pageSize` consecutive ids, up to the largest id when the dump began, read by the
   * primary key (a range of the clustered index, in order) and filtered to launched offerings: reading
   * through the status index instead looked up each row by its key, several times slower.
   */
  async *offeringPages(): AsyncGenerator<OfferingWithLinks[]> {
    const [{ last }] = await this.query('SELECT MAX(id) AS last FROM product_offering', []);
    const lastId = Number(last ?? 0);
    const page = (after: number) => (after < lastId ? this.offeringPage(after) : null);
    let next = page(0);
    while (next) {
      const { offerings, upTo } = await next;
      next = page(upTo);
      // Read ahead is awaited by the next turn; if the consumer stops first, its failure must not go unobserved.
      next?.catch(() => undefined);
      if (offerings.length) yield offerings;
    }
  }

  /** The launched offerings of the window after `after`, and where the window ended (past a gap in the ids, the next id). */
  private async offeringPage(after: number): Promise<{ offerings: OfferingWithLinks[]; upTo: number }> {
    const upTo = after + this.pageSize;
    const rows = await this.query(`SELECT * FROM product_offering WHERE id > ? AND id <= ? AND ${LAUNCHED} ORDER BY id`, [after, upTo]);
    if (rows.length) return { offerings: await this.withLinks(rows), upTo };
    const [{ following }] = await this.query('SELECT MIN(id) AS following FROM product_offering WHERE id > ?', [upTo]);
    return { offerings: [], upTo: following == null ? Number.MAX_SAFE_INTEGER : Math.max(upTo, Number(following) - 1) };
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
    // No ORDER BY: sorting joined rows made MariaDB write them to a temporary table; a page's few thousand sort here.
    const [prices, categoryLinks, bundled, specs] = await Promise.all([
      this.query(
        `SELECT l.offering_id AS link_offering_id, l.position AS link_position, p.* FROM product_offering_price_link l
           JOIN product_offering_price p ON p.id = l.price_id
          WHERE l.offering_id BETWEEN ? AND ?`,
        range,
      ),
      this.query(`SELECT offering_id, category_id FROM product_offering_category WHERE offering_id BETWEEN ? AND ?`, range),
      this.query(
        `SELECT b.offering_id AS link_offering_id, b.position AS link_position, o.id, o.name, o.lifecycle_status FROM product_offering_bundle b
           JOIN product_offering o ON o.id = b.bundled_offering_id
          WHERE b.offering_id BETWEEN ? AND ?`,
        range,
      ),
      specIds.length ? this.query(`SELECT id, name, spec_version FROM product_specification WHERE id IN (${marks(specIds)})`, specIds) : [],
    ]);
    const categoryById = await this.categories(categoryLinks.map((link) => Number(link.category_id)));
    const pricesOf = groupBy(
      prices.filter((p) => p.lifecycle_status !== 'obsolete'),
      'link_offering_id',
      byPosition,
    );
    const categoriesOf = groupBy(
      // A link to a category deleted meanwhile (SQLite reads without a snapshot) is left out, not written as an empty reference.
      categoryLinks
        .filter((link) => categoryById.has(Number(link.category_id)))
        .map((link) => ({ link_offering_id: link.offering_id, ...categoryById.get(Number(link.category_id)) })),
      'link_offering_id',
      (a, b) => Number(a.id) - Number(b.id),
    );
    const bundledOf = groupBy(bundled, 'link_offering_id', byPosition);
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

  /** `id, name, spec_version` of these categories, read once per dump: a catalog has few, and most offerings are in some. */
  private async categories(ids: readonly number[]): Promise<Map<number, Row>> {
    const missing = [...new Set(ids)].filter((id) => !this.categoryCache.has(id));
    if (missing.length)
      for (const row of await this.query(`SELECT id, name, spec_version FROM product_category WHERE id IN (${marks(missing)})`, missing))
        this.categoryCache.set(Number(row.id), row);
    return this.categoryCache;
  }
}
