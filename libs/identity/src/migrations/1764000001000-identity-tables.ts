import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/** Affiliates, roles, users and the roles users hold. */
export class IdentityTables1764000001000 implements MigrationInterface {
  name = 'IdentityTables1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'affiliate',
        columns: [
          col.id(),
          col.varchar('name', 200),
          col.varchar('name_key', 200),
          col.varchar('code', 40),
          col.varchar('contact_email', 254, true),
          col.varchar('status', 20),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_affiliate_name_key', columnNames: ['name_key'], isUnique: true }),
          new TableIndex({ name: 'uq_affiliate_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'idx_affiliate_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_affiliate_created_at', columnNames: ['created_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'role',
        columns: [
          col.id(),
          col.varchar('name', 60),
          col.varchar('description', 500),
          col.boolean('builtin', false),
          col.text('permissions'),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [new TableIndex({ name: 'uq_role_name', columnNames: ['name'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user',
        columns: [
          col.id(),
          col.varchar('username', 100),
          col.varchar('username_key', 100),
          col.varchar('display_name', 200),
          col.varchar('email', 254, true),
          col.varchar('kind', 20),
          col.int('affiliate_id', true),
          col.int('customer_id', true),
          col.varchar('password_hash', 255),
          col.boolean('active', true),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
          col.timestamp('password_changed_at', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_user_username_key', columnNames: ['username_key'], isUnique: true }),
          new TableIndex({ name: 'idx_user_email', columnNames: ['email'] }),
          new TableIndex({ name: 'idx_user_kind', columnNames: ['kind'] }),
          new TableIndex({ name: 'idx_user_affiliate', columnNames: ['affiliate_id'] }),
          new TableIndex({ name: 'idx_user_customer', columnNames: ['customer_id'] }),
          new TableIndex({ name: 'idx_user_created_at', columnNames: ['created_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_user_affiliate',
            columnNames: ['affiliate_id'],
            referencedTableName: 'affiliate',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_role',
        columns: [
          { ...col.int('user_id'), isPrimary: true },
          { ...col.int('role_id'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_user_role_role', columnNames: ['role_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_user_role_user',
            columnNames: ['user_id'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'fk_user_role_role',
            columnNames: ['role_id'],
            referencedTableName: 'role',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['user_role', 'user', 'role', 'affiliate']) await queryRunner.dropTable(table);
  }
}
