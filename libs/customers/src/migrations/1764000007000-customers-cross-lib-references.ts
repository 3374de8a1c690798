import { type MigrationInterface, type QueryRunner, TableForeignKey } from 'typeorm';
import { dropForeignKeyAndItsIndex } from '@contactly/platform';

/**
 * The customers lib names identity's affiliates and users by id only: no foreign key into another
 * lib's tables. What happens instead is explicit (CustomersReferences): deleting an affiliate that
 * still owns parties is refused with 409 naming them (the RESTRICT key did it before, unnamed); a
 * pending registration keeps the id of the login it created as history (it was SET NULL). On
 * SQLite, dropping a key rebuilds the table (rows kept).
 */
const CROSS_LIB_KEYS: [table: string, name: string, column: string, referenced: string, onDelete: 'RESTRICT' | 'SET NULL'][] = [
  ['party', 'fk_party_affiliate', 'affiliate_id', 'affiliate', 'RESTRICT'],
  ['pending_registration', 'fk_pending_registration_user', 'user_id', 'user', 'SET NULL'],
];

export class CustomersCrossLibReferences1764000007000 implements MigrationInterface {
  name = 'CustomersCrossLibReferences1764000007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of CROSS_LIB_KEYS) await dropForeignKeyAndItsIndex(queryRunner, table, name);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name, column, referenced, onDelete] of CROSS_LIB_KEYS) {
      await queryRunner.createForeignKey(
        table,
        new TableForeignKey({
          name,
          columnNames: [column],
          referencedTableName: referenced,
          referencedColumnNames: ['id'],
          onDelete,
          onUpdate: 'NO ACTION',
        }),
      );
    }
  }
}
