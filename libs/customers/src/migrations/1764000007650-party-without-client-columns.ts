import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/**
 * The communications platform's client attributes leave `party`: migration 1764000007600 (that
 * lib's, earlier by its timestamp) copied them into its `client_profile`. Down puts them back from
 * there, so a rollback loses nothing either.
 */
export class PartyWithoutClientColumns1764000007650 implements MigrationInterface {
  name = 'PartyWithoutClientColumns1764000007650';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('party', 'idx_party_client_available');
    await queryRunner.dropColumns('party', ['available', 'time_zone', 'social_media']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('party', [
      new TableColumn(col.boolean('available', true)),
      new TableColumn(col.varchar('time_zone', 64, true)),
      new TableColumn(col.text('social_media', true)),
    ]);
    await queryRunner.createIndex(
      'party',
      new TableIndex({ name: 'idx_party_client_available', columnNames: ['is_customer', 'available'] }),
    );
    const from = (column: string) => `(SELECT cp.${column} FROM client_profile cp WHERE cp.client_id = party.id)`;
    await queryRunner.query(
      `UPDATE party SET available = ${from('available')}, time_zone = ${from('time_zone')}, social_media = ${from('social_media')} WHERE id IN (SELECT client_id FROM client_profile)`,
    );
  }
}
