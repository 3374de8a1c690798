import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/**
 * Search keys belong to customers only and carry their owner's affiliate, so an agent's or an
 * affiliate's search is one range scan of one covering index that stops at its limit, with no join
 * to `party` to filter rows out afterwards (at a million customers that join made short prefixes
 * take seconds).
 */
export class CustomerSearchKeys1764000002300 implements MigrationInterface {
  name = 'CustomerSearchKeys1764000002300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM party_search_key WHERE party_id IN (SELECT id FROM party WHERE is_customer = 0)');
    await queryRunner.addColumn('party_search_key', new TableColumn(col.int('affiliate_id', true)));
    await queryRunner.query(
      'UPDATE party_search_key SET affiliate_id = (SELECT p.affiliate_id FROM party p WHERE p.id = party_search_key.party_id)',
    );
    await queryRunner.dropIndex('party_search_key', 'idx_party_search_key_key');
    await queryRunner.createIndex(
      'party_search_key',
      new TableIndex({ name: 'idx_party_search_key_key', columnNames: ['key', 'party_id', 'kind'] }),
    );
    await queryRunner.createIndex(
      'party_search_key',
      new TableIndex({ name: 'idx_party_search_key_affiliate', columnNames: ['affiliate_id', 'key', 'party_id', 'kind'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('party_search_key', 'idx_party_search_key_affiliate');
    await queryRunner.dropIndex('party_search_key', 'idx_party_search_key_key');
    await queryRunner.createIndex(
      'party_search_key',
      new TableIndex({ name: 'idx_party_search_key_key', columnNames: ['key', 'party_id'] }),
    );
    await queryRunner.dropColumn('party_search_key', 'affiliate_id');
  }
}
