import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '@contactly/platform';

/**
 * The communications platform's social-media accounts of its clients (the document's `socialMedia`),
 * as JSON text of network → account; null when the client has none. On the party table, with the
 * other client columns of 1764000005100, so every app that maps `Party` has it.
 */
export class PartySocialMedia1764000005150 implements MigrationInterface {
  name = 'PartySocialMedia1764000005150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('party', new TableColumn(col.text('social_media', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('party', 'social_media');
  }
}
