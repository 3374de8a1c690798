import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { SEEDED_CATALOG_TRANSLATIONS } from '../language/seeded-translations.js';
import { nameKeyOf } from '../shared/names.js';

/** The reference data people read in their language (language/translations.ts). */
const TRANSLATED_TABLES = [
  'communication_type',
  'send_channel_type',
  'booking_status_type',
  'company',
  'department',
  'document',
  'department_rule',
];

/**
 * A `translations` column (JSON as text) on the reference data, and English for the seeded catalogs
 * whose own text is still the seeded Russian (one renamed since keeps what its users made of it).
 */
export class ReferenceTranslations1764000013000 implements MigrationInterface {
  name = 'ReferenceTranslations1764000013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRANSLATED_TABLES)
      await queryRunner.addColumn(table, new TableColumn({ name: 'translations', type: 'text', isNullable: true }));
    for (const [table, rows] of Object.entries(SEEDED_CATALOG_TRANSLATIONS))
      for (const row of rows)
        await queryRunner.query(`UPDATE ${table} SET translations = ? WHERE id = ? AND name_key = ?`, [
          JSON.stringify({ en: row.en }),
          row.id,
          nameKeyOf(row.name),
        ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Plain DROP COLUMN, the same on both dialects: TypeORM's dropColumn rebuilds a SQLite table, which
    // fails for these tables (others reference them) while foreign keys are enforced.
    for (const table of TRANSLATED_TABLES) await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN translations`);
  }
}
