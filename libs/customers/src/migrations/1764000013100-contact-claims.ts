import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

const BUCKETS = 1024; // CONTACT_CLAIM_BUCKETS when this was written: the rows must all exist before a create locks one.

/** The claim rows two creates of the same person take turns on (see ContactClaim), all of them seeded. */
export class ContactClaims1764000013100 implements MigrationInterface {
  name = 'ContactClaims1764000013100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({ name: 'contact_claim', columns: [{ name: 'bucket', type: 'integer', isPrimary: true }] }));
    for (let from = 0; from < BUCKETS; from += 256) {
      const rows = Array.from({ length: Math.min(256, BUCKETS - from) }, (_, i) => from + i);
      await queryRunner.query(`INSERT INTO contact_claim (bucket) VALUES ${rows.map(() => '(?)').join(', ')}`, rows);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contact_claim');
  }
}
