import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';

/** Every filter and sort the TMF620 lists offer, indexed; and the amount of a usage price's unit (TMF Quantity). */
const INDEXES: [table: string, name: string, columns: string[]][] = [
  ['product_specification', 'idx_product_specification_version', ['spec_version']],
  ['product_specification', 'idx_product_specification_brand', ['brand']],
  ['product_specification', 'idx_product_specification_number', ['product_number']],
  ['product_specification', 'idx_product_specification_bundle', ['is_bundle']],
  ['product_offering_price', 'idx_product_offering_price_version', ['spec_version']],
  ['product_offering_price', 'idx_product_offering_price_period', ['recurring_period', 'recurring_period_length']],
  ['product_offering', 'idx_product_offering_version', ['spec_version']],
  ['product_offering', 'idx_product_offering_bundle', ['is_bundle']],
  ['product_offering', 'idx_product_offering_sellable', ['is_sellable']],
  ['product_category', 'idx_product_category_version', ['spec_version']],
  ['product_category', 'idx_product_category_root', ['is_root']],
  ['product_catalog', 'idx_product_catalog_version', ['spec_version']],
  ['product_catalog', 'idx_product_catalog_type', ['catalog_type']],
];

export class CatalogListIndexes1764000014001 implements MigrationInterface {
  name = 'CatalogListIndexes1764000014001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'product_offering_price',
      new TableColumn({ name: 'unit_of_measure_amount', type: 'integer', isNullable: true }),
    );
    for (const [table, name, columnNames] of INDEXES) await queryRunner.createIndex(table, new TableIndex({ name, columnNames }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, name);
    await queryRunner.dropColumn('product_offering_price', 'unit_of_measure_amount');
  }
}
