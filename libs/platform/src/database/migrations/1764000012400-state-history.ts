import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/** The history of every declared process (state_history): who moved which record from where to where, when and why. */
export class StateHistory1764000012400 implements MigrationInterface {
  name = 'StateHistory1764000012400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'state_history',
        columns: [
          col.id(),
          col.varchar('process', 60),
          col.varchar('resource_id', 64),
          col.varchar('from_state', 60),
          col.varchar('to_state', 60),
          col.int('actor_id', true),
          col.varchar('actor_name', 100),
          col.varchar('reason', 500, true),
          col.timestamp('occurred_at'),
        ],
        indices: [new TableIndex({ name: 'idx_state_history_resource', columnNames: ['process', 'resource_id', 'id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('state_history');
  }
}
