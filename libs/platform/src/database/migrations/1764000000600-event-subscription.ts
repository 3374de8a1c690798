import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/** Listeners registered at the TMF `/hub` endpoints. */
export class EventSubscription1764000000600 implements MigrationInterface {
  name = 'EventSubscription1764000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'event_subscription',
        columns: [
          col.id(),
          col.varchar('api', 60),
          col.varchar('callback', 2000),
          col.varchar('query', 1000, true),
          col.int('owner_id'),
          col.timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'idx_event_subscription_api', columnNames: ['api'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('event_subscription');
  }
}
