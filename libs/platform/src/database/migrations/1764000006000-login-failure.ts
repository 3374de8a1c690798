import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/** Failed sign-in counters shared by every server instance (they were kept in each process's memory). */
export class LoginFailure1764000006000 implements MigrationInterface {
  name = 'LoginFailure1764000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'login_failure',
        columns: [{ ...col.varchar('subject', 200), isPrimary: true }, col.int('failures'), col.timestamp('window_started_at')],
        indices: [new TableIndex({ name: 'idx_login_failure_window', columnNames: ['window_started_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_failure');
  }
}
