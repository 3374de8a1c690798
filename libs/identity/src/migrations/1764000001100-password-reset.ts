import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/** Password-reset tokens (their hashes only). */
export class PasswordReset1764000001100 implements MigrationInterface {
  name = 'PasswordReset1764000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'password_reset_token',
        columns: [
          col.id(),
          col.int('user_id'),
          col.varchar('token_hash', 64),
          col.timestamp('created_at'),
          col.timestamp('expires_at'),
          col.timestamp('spent_at', true),
          col.varchar('spent_reason', 20, true),
        ],
        indices: [
          new TableIndex({ name: 'uq_password_reset_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'idx_password_reset_token_user', columnNames: ['user_id', 'created_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_password_reset_token_user',
            columnNames: ['user_id'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('password_reset_token');
  }
}
