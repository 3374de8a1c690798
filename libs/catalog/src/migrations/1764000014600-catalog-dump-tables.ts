import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/** The daily catalog dump: its manifests and its gzip bytes in chunks (see CatalogDump, CatalogDumpChunk). */
export class CatalogDumpTables1764000014600 implements MigrationInterface {
  name = 'CatalogDumpTables1764000014600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const counter = (name: string) => ({ ...col.int(name), default: 0 });
    await queryRunner.createTable(
      new Table({
        name: 'catalog_dump',
        columns: [
          col.id(),
          col.varchar('status', 10),
          col.varchar('trigger', 10),
          col.varchar('requested_by', 100, true),
          col.timestamp('scheduled_for', true),
          col.timestamp('started_at'),
          col.timestamp('finished_at', true),
          counter('offering_count'),
          counter('specification_count'),
          counter('category_count'),
          counter('price_count'),
          counter('byte_size'),
          counter('chunk_count'),
          col.varchar('sha256', 64, true),
          col.varchar('error', 500, true),
        ],
        indices: [
          new TableIndex({ name: 'idx_catalog_dump_status_finished', columnNames: ['status', 'finished_at'] }),
          new TableIndex({ name: 'idx_catalog_dump_trigger', columnNames: ['trigger'] }),
          new TableIndex({ name: 'idx_catalog_dump_started_at', columnNames: ['started_at'] }),
          new TableIndex({ name: 'idx_catalog_dump_finished_at', columnNames: ['finished_at'] }),
          new TableIndex({ name: 'idx_catalog_dump_requested_by', columnNames: ['requested_by'] }),
          new TableIndex({ name: 'uq_catalog_dump_scheduled_for', columnNames: ['scheduled_for'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'catalog_dump_chunk',
        columns: [
          { ...col.int('dump_id'), isPrimary: true },
          { ...col.int('seq'), isPrimary: true },
          { name: 'data', type: 'blob', isNullable: false },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('catalog_dump_chunk');
    await queryRunner.dropTable('catalog_dump');
  }
}
