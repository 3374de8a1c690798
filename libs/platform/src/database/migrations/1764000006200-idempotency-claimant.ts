import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '../migration-columns.js';

/**
 * Who claimed an Idempotency-Key (a request whose claim was written but not acknowledged — its
 * connection lost — recognises the claim as its own), and whether its work committed (written in
 * the work's own transaction, so a request that lost its database at the end knows whether a
 * repeat may do the work again).
 */
export class IdempotencyClaimant1764000006200 implements MigrationInterface {
  name = 'IdempotencyClaimant1764000006200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('idempotency_record', [
      new TableColumn(col.varchar('claimant', 36, true)),
      new TableColumn(col.timestamp('committed_at', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('idempotency_record', ['claimant', 'committed_at']);
  }
}
