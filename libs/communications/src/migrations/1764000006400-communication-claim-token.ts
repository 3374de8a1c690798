import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/**
 * The dispatcher's claim on a communication: which claim took it. A claim that cannot be finished
 * (the database lost mid-way, even while the claim itself was being acknowledged) is given back by
 * its token at once, instead of holding its messages until the claim expires.
 */
export class CommunicationClaimToken1764000006400 implements MigrationInterface {
  name = 'CommunicationClaimToken1764000006400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('communication', new TableColumn(col.varchar('claim_token', 36, true)));
    await queryRunner.createIndex('communication', new TableIndex({ name: 'idx_communication_claim_token', columnNames: ['claim_token'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('communication', 'idx_communication_claim_token');
    await queryRunner.dropColumn('communication', 'claim_token');
  }
}
