import { insertRows, type SqlValue } from '@contactly/platform';
import type { TestApp } from '@contactly/platform/testing';
import type { EntityManager } from 'typeorm';
import type { LifecycleStatus } from '../shared/lifecycle-status.js';

export interface BulkCatalogOptions {
  offerings: number;
  /** Status of the offerings; launched by default. */
  lifecycleStatus?: LifecycleStatus;
  /** Categories the offerings are spread over (each offering in one), created with them. */
  categories?: number;
}

export interface BulkCatalogRows {
  /** First and last id of the offerings inserted (consecutive). */
  firstOfferingId: number;
  lastOfferingId: number;
  categoryIds: number[];
}

const COMMON = ['name', 'description', 'lifecycle_status', 'spec_version', 'valid_from', 'valid_to', 'created_at', 'updated_at', 'version'];

/**
 * Fixture for volume tests and benchmarks: `offerings` offerings, each with a specification of its
 * own, a monthly and a one-time price, and a category, in multi-row inserts (100,000 in seconds).
 * Ids are taken after the current largest of each table, so rows can link to each other.
 */
export async function insertCatalogInBulk(into: TestApp | EntityManager, options: BulkCatalogOptions): Promise<BulkCatalogRows> {
  // A test app's database, or another (a benchmark's built server's, through a DataSource of its own).
  const manager = 'db' in into ? into.db.dataSource.manager : into;
  const next = async (table: string) =>
    Number(((await manager.query(`SELECT MAX(id) AS id FROM ${table}`)) as { id: number | string | null }[])[0].id ?? 0) + 1;
  const [spec0, offering0, price0, category0] = [
    await next('product_specification'),
    await next('product_offering'),
    await next('product_offering_price'),
    await next('product_category'),
  ];
  const now = new Date();
  const status = options.lifecycleStatus ?? 'launched';
  const categoryCount = options.categories ?? 5;
  const common = (name: string, lifecycle: string): SqlValue[] => [
    name,
    `${name}, for volume tests`,
    lifecycle,
    '1.0',
    now,
    null,
    now,
    now,
    1,
  ];
  const range = (count: number) => Array.from({ length: count }, (_, i) => i);

  await insertRows(
    manager,
    'product_category',
    ['id', ...COMMON, 'parent_id', 'is_root'],
    range(categoryCount).map((i) => [category0 + i, ...common(`Bulk category ${category0 + i}`, 'launched'), null, true]),
  );
  await insertRows(
    manager,
    'product_specification',
    ['id', ...COMMON, 'brand', 'product_number', 'is_bundle', 'characteristics', 'resource_kinds'],
    range(options.offerings).map((i) => [
      spec0 + i,
      ...common(`Bulk spec ${spec0 + i}`, 'launched'),
      'Contactly',
      `BULK-${spec0 + i}`,
      false,
      JSON.stringify([{ name: 'dataAllowance', valueType: 'string', values: [{ value: `${(i % 50) + 1} GB`, isDefault: true }] }]),
      JSON.stringify(['msisdn', 'iccid']),
    ]),
  );
  await insertRows(
    manager,
    'product_offering',
    ['id', ...COMMON, 'is_bundle', 'is_sellable', 'product_specification_id'],
    range(options.offerings).map((i) => [offering0 + i, ...common(`Bulk offering ${offering0 + i}`, status), false, true, spec0 + i]),
  );
  await insertRows(
    manager,
    'product_offering_price',
    [
      'id',
      ...COMMON,
      'price_type',
      'recurring_period',
      'recurring_period_length',
      'amount_minor',
      'currency',
      'unit_of_measure',
      'tax_rate',
    ],
    range(options.offerings).flatMap((i) => [
      [price0 + 2 * i, ...common(`Monthly ${offering0 + i}`, 'launched'), 'recurring', 'month', 1, 999 + (i % 4000), 'EUR', null, 20],
      [price0 + 2 * i + 1, ...common(`Activation ${offering0 + i}`, 'launched'), 'oneTime', null, null, 1000, 'EUR', null, null],
    ]),
  );
  await insertRows(
    manager,
    'product_offering_price_link',
    ['offering_id', 'price_id', 'position'],
    range(options.offerings).flatMap((i) => [
      [offering0 + i, price0 + 2 * i, 0],
      [offering0 + i, price0 + 2 * i + 1, 1],
    ]),
  );
  if (categoryCount)
    await insertRows(
      manager,
      'product_offering_category',
      ['offering_id', 'category_id'],
      range(options.offerings).map((i) => [offering0 + i, category0 + (i % categoryCount)]),
    );
  return {
    firstOfferingId: offering0,
    lastOfferingId: offering0 + options.offerings - 1,
    categoryIds: range(categoryCount).map((i) => category0 + i),
  };
}
