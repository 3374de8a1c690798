import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/**
 * The sender's reference of a dev-mailbox message (`communication-<id>`), unique: a message sent
 * again after a lost answer is stored once, as a provider honouring the Idempotency-Key keeps it once.
 */
export class DevMailboxReference1764000006300 implements MigrationInterface {
  name = 'DevMailboxReference1764000006300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('dev_mailbox_message', new TableColumn(col.varchar('reference', 100, true)));
    await queryRunner.createIndex(
      'dev_mailbox_message',
      new TableIndex({ name: 'uq_dev_mailbox_message_reference', columnNames: ['reference'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('dev_mailbox_message', 'uq_dev_mailbox_message_reference');
    await queryRunner.dropColumn('dev_mailbox_message', 'reference');
  }
}
