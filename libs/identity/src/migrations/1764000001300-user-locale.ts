import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '@contactly/platform';

/** The interface language a user chose; null (not chosen yet) for every existing user. */
export class UserLocale1764000001300 implements MigrationInterface {
  name = 'UserLocale1764000001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('user', new TableColumn(col.varchar('locale', 5, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Plain DROP COLUMN: TypeORM's dropColumn rebuilds a SQLite table, which deletes through the foreign keys pointing at it.
    await queryRunner.query('ALTER TABLE `user` DROP COLUMN locale');
  }
}
