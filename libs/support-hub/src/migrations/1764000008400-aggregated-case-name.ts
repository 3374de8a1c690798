import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '@contactly/platform';

/**
 * A name people give an aggregated case (a split one above all, whose key says nothing). Null
 * while nobody has named it: the screens then show provider · error code. Refreshes never write it.
 */
export class AggregatedCaseName1764000008400 implements MigrationInterface {
  name = 'AggregatedCaseName1764000008400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('aggregated_case', new TableColumn(col.varchar('name', 200, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Plain DROP COLUMN: TypeORM's dropColumn rebuilds a SQLite table, which deletes through the foreign keys pointing at it.
    await queryRunner.query('ALTER TABLE aggregated_case DROP COLUMN name');
  }
}
