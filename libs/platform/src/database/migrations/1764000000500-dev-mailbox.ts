import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/** The development mailbox of the default Notifier. */
export class DevMailbox1764000000500 implements MigrationInterface {
  name = 'DevMailbox1764000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'dev_mailbox_message',
        columns: [
          col.id(),
          col.varchar('channel', 10),
          col.varchar('recipient', 254),
          col.varchar('subject', 300, true),
          col.text('body'),
          col.varchar('purpose', 60),
          col.timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'idx_dev_mailbox_message_recipient', columnNames: ['recipient', 'id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('dev_mailbox_message');
  }
}
