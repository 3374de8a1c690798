import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/** The three TMF666 bill reference catalogues, each with the index of its `name`. */
const CATALOGUES = ['bill_format', 'bill_presentation_media', 'billing_cycle_specification'];

/**
 * TMF666 keys bill formats, presentation media and cycle specifications by `id`; two entries may
 * share a name, so the unique index on `name` becomes a plain one (lists still filter by name).
 */
export class BillReferenceNamesNotUnique1764000007500 implements MigrationInterface {
  name = 'BillReferenceNamesNotUnique1764000007500';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of CATALOGUES) {
      await queryRunner.dropIndex(table, `uq_${table}_name`);
      await queryRunner.createIndex(table, new TableIndex({ name: `idx_${table}_name`, columnNames: ['name'] }));
    }
  }

  /** Fails while two entries of one catalogue share a name: rename one first. */
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CATALOGUES) {
      await queryRunner.dropIndex(table, `idx_${table}_name`);
      await queryRunner.createIndex(table, new TableIndex({ name: `uq_${table}_name`, columnNames: ['name'], isUnique: true }));
    }
  }
}
