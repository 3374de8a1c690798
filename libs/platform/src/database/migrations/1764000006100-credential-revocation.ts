import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/** Revocations of cached credentials, read by every server instance (each dropped only its own before). */
export class CredentialRevocation1764000006100 implements MigrationInterface {
  name = 'CredentialRevocation1764000006100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'credential_revocation',
        columns: [col.id(), col.int('user_id', true), col.timestamp('revoked_at')],
        indices: [new TableIndex({ name: 'idx_credential_revocation_at', columnNames: ['revoked_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('credential_revocation');
  }
}
