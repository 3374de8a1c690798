import { type MigrationInterface, type QueryRunner, Table, TableIndex, type TableColumnOptions } from 'typeorm';
import { col } from '@contactly/platform';

/** Columns of every TMF620 entity (see CatalogEntityColumns). */
const catalogEntityColumns = (): TableColumnOptions[] => [
  col.id(),
  col.varchar('name', 200),
  col.text('description', true),
  col.varchar('lifecycle_status', 20),
  col.varchar('spec_version', 20, true),
  col.timestamp('valid_from', true),
  col.timestamp('valid_to', true),
  col.timestamp('created_at'),
  col.timestamp('updated_at'),
  col.version(),
];

const index = (table: string, name: string, columns: string[]) => new TableIndex({ name: `idx_${table}_${name}`, columnNames: columns });
const commonIndexes = (table: string) => [
  index(table, 'name', ['name']),
  index(table, 'lifecycle', ['lifecycle_status']),
  index(table, 'updated_at', ['updated_at']),
];

/**
 * The product catalog (TMF620): specifications, prices, offerings (bundles one level deep),
 * categories and catalogs, with their link tables. References between them are checked by the
 * catalog's services (a 422 naming the missing one; a 409 when deleting what is still used).
 */
export class CatalogTables1764000014000 implements MigrationInterface {
  name = 'CatalogTables1764000014000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'product_specification',
        columns: [
          ...catalogEntityColumns(),
          col.varchar('brand', 100, true),
          col.varchar('product_number', 100, true),
          col.boolean('is_bundle', false),
          col.text('characteristics', true),
          col.text('resource_kinds', true),
        ],
        indices: commonIndexes('product_specification'),
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_offering_price',
        columns: [
          ...catalogEntityColumns(),
          col.varchar('price_type', 20),
          col.varchar('recurring_period', 10, true),
          col.int('recurring_period_length', true),
          col.bigint('amount_minor'),
          col.varchar('currency', 3),
          col.varchar('unit_of_measure', 30, true),
          { name: 'tax_rate', type: 'decimal', precision: 5, scale: 2, isNullable: true },
        ],
        indices: [...commonIndexes('product_offering_price'), index('product_offering_price', 'type', ['price_type'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_offering',
        columns: [
          ...catalogEntityColumns(),
          col.boolean('is_bundle', false),
          col.boolean('is_sellable', true),
          col.int('product_specification_id', true),
        ],
        indices: [...commonIndexes('product_offering'), index('product_offering', 'specification', ['product_specification_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_offering_price_link',
        columns: [
          { ...col.int('offering_id'), isPrimary: true },
          { ...col.int('price_id'), isPrimary: true },
          { ...col.int('position'), default: 0 },
        ],
        indices: [new TableIndex({ name: 'idx_offering_price_link_price', columnNames: ['price_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_offering_bundle',
        columns: [
          { ...col.int('offering_id'), isPrimary: true },
          { ...col.int('bundled_offering_id'), isPrimary: true },
          { ...col.int('position'), default: 0 },
        ],
        indices: [new TableIndex({ name: 'idx_offering_bundle_member', columnNames: ['bundled_offering_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_category',
        columns: [...catalogEntityColumns(), col.int('parent_id', true), col.boolean('is_root', true)],
        indices: [...commonIndexes('product_category'), index('product_category', 'parent', ['parent_id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_offering_category',
        columns: [
          { ...col.int('offering_id'), isPrimary: true },
          { ...col.int('category_id'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_offering_category_category', columnNames: ['category_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_catalog',
        columns: [...catalogEntityColumns(), col.varchar('catalog_type', 50, true)],
        indices: commonIndexes('product_catalog'),
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_catalog_category',
        columns: [
          { ...col.int('catalog_id'), isPrimary: true },
          { ...col.int('category_id'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_catalog_category_category', columnNames: ['category_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'product_catalog_category',
      'product_catalog',
      'product_offering_category',
      'product_category',
      'product_offering_bundle',
      'product_offering_price_link',
      'product_offering',
      'product_offering_price',
      'product_specification',
    ])
      await queryRunner.dropTable(table);
  }
}
