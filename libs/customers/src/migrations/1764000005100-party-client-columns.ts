import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/**
 * What the communications platform needs on its clients (the customer parties): whether a client
 * may be communicated with at all, and their time zone for quiet hours. Owned by the party table's
 * lib, so every app that maps `Party` (and its schema checks) has the columns; written for the
 * communications platform (hence its timestamp range).
 */
export class PartyClientColumns1764000005100 implements MigrationInterface {
  name = 'PartyClientColumns1764000005100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('party', [
      new TableColumn(col.boolean('available', true)),
      new TableColumn(col.varchar('time_zone', 64, true)),
    ]);
    // GET /api/v1/clients/available pages customers that are available, by id.
    await queryRunner.createIndex(
      'party',
      new TableIndex({ name: 'idx_party_client_available', columnNames: ['is_customer', 'available'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('party', 'idx_party_client_available');
    await queryRunner.dropColumns('party', ['time_zone', 'available']);
  }
}
