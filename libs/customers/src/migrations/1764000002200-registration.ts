import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/** Self-registrations waiting for (or done with) their one-time code. */
export class Registration1764000002200 implements MigrationInterface {
  name = 'Registration1764000002200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'pending_registration',
        columns: [
          { ...col.varchar('id', 36), isPrimary: true },
          col.varchar('party_type', 20),
          col.varchar('given_name', 100, true),
          col.varchar('family_name', 100, true),
          col.varchar('trading_name', 200, true),
          col.varchar('email', 254),
          col.varchar('phone', 20),
          col.varchar('password_hash', 255, true),
          col.varchar('otp_channel', 10),
          col.varchar('otp_salt', 32, true),
          col.varchar('otp_hash', 64, true),
          col.timestamp('otp_expires_at'),
          col.int('attempts'),
          col.int('resends'),
          col.timestamp('last_sent_at'),
          col.varchar('status', 20),
          col.timestamp('expires_at'),
          col.int('customer_id', true),
          col.int('user_id', true),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
          col.timestamp('verified_at', true),
        ],
        indices: [
          new TableIndex({ name: 'idx_pending_registration_email', columnNames: ['email', 'created_at'] }),
          new TableIndex({ name: 'idx_pending_registration_phone', columnNames: ['phone', 'created_at'] }),
          new TableIndex({ name: 'idx_pending_registration_expiry', columnNames: ['status', 'expires_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_pending_registration_customer',
            columnNames: ['customer_id'],
            referencedTableName: 'party',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'fk_pending_registration_user',
            columnNames: ['user_id'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pending_registration');
  }
}
