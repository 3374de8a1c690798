import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '@contactly/platform';
import { DEFAULT_COMMUNICATION_PURPOSE, SEEDED_SERVICE_TYPE_IDS } from '../communication-type/communication-purpose.js';

/**
 * Communication types say whether they are marketing or service (a suspended or closed customer gets
 * service messages only). Existing types become marketing, the cautious reading, except the seeded
 * service ones (personal, informational, service: the types the demo's service department sends).
 */
export class CommunicationTypePurpose1764000013400 implements MigrationInterface {
  name = 'CommunicationTypePurpose1764000013400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'communication_type',
      new TableColumn({ ...col.varchar('purpose', 20), default: `'${DEFAULT_COMMUNICATION_PURPOSE}'` }),
    );
    await queryRunner.query(
      `UPDATE communication_type SET purpose = 'service' WHERE id IN (${SEEDED_SERVICE_TYPE_IDS.map(() => '?').join(', ')})`,
      [...SEEDED_SERVICE_TYPE_IDS],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Plain DROP COLUMN: TypeORM's dropColumn rebuilds a SQLite table, which fails while other tables reference it.
    await queryRunner.query('ALTER TABLE communication_type DROP COLUMN purpose');
  }
}
