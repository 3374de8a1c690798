import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/**
 * The communications platform's attributes of its clients move out of the customers lib's `party`
 * (columns of 1764000005100 and 1764000005150) into a table of this lib. Every party whose values
 * differ from what a missing row reads as (available, no zone, no accounts) gets its row, with
 * version 0 so that a client's ETag (party version + profile version) stays what it was; the other
 * parties need none, so a million default parties cost no rows. Migration 1764000007650 (customers)
 * then drops the columns. One set-based copy: the only SQL, the same on both dialects.
 */
export class ClientProfile1764000007600 implements MigrationInterface {
  name = 'ClientProfile1764000007600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'client_profile',
        columns: [
          { name: 'client_id', type: 'integer', isPrimary: true },
          col.boolean('available', true),
          col.varchar('time_zone', 64, true),
          col.text('social_media', true),
          col.version(),
          col.timestamp('updated_at'),
        ],
        indices: [new TableIndex({ name: 'idx_client_profile_available', columnNames: ['available'] })],
      }),
    );
    await queryRunner.query(
      'INSERT INTO client_profile (client_id, available, time_zone, social_media, version, updated_at) ' +
        'SELECT id, available, time_zone, social_media, 0, updated_at FROM party WHERE available = 0 OR time_zone IS NOT NULL OR social_media IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('client_profile');
  }
}
