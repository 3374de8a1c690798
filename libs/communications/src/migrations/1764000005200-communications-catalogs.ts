import type { MigrationInterface, QueryRunner } from 'typeorm';
import { nameKeyOf } from '../shared/names.js';
import { SEEDED_BOOKING_STATUS_TYPES, SEEDED_COMMUNICATION_TYPES, SEEDED_SEND_CHANNEL_TYPES } from './catalog-seeds.js';

/**
 * Seeds the reference catalogs (types, channels, booking statuses) with the document's ids. Plain
 * parameterised INSERTs (the same `?` placeholders on both drivers), independent of the entities
 * as they will evolve; values both drivers bind: UTC `YYYY-MM-DD HH:MM:SS.mmm` (as TypeORM writes
 * DATETIME(3)) and 1/0 for booleans.
 */
export class CommunicationsCatalogs1764000005200 implements MigrationInterface {
  name = 'CommunicationsCatalogs1764000005200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    const insert = async (table: string, rows: Record<string, string | number>[]) => {
      for (const row of rows) {
        const columns = Object.keys(row);
        await queryRunner.query(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          Object.values(row),
        );
      }
    };
    const stamps = { version: 1, created_at: now, updated_at: now };
    await insert(
      'communication_type',
      SEEDED_COMMUNICATION_TYPES.map((t) => ({
        id: t.id,
        name: t.name,
        name_key: nameKeyOf(t.name),
        description: t.description,
        ...stamps,
      })),
    );
    await insert(
      'send_channel_type',
      SEEDED_SEND_CHANNEL_TYPES.map((c) => ({
        id: c.id,
        name: c.name,
        name_key: nameKeyOf(c.name),
        description: c.description,
        kind: c.kind,
        enabled: 1,
        ...stamps,
      })),
    );
    await insert(
      'booking_status_type',
      SEEDED_BOOKING_STATUS_TYPES.map((s) => ({
        id: s.id,
        name: s.name,
        name_key: nameKeyOf(s.name),
        description: s.description,
        holds_client: s.holdsClient ? 1 : 0,
        ...stamps,
      })),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['booking_status_type', 'send_channel_type', 'communication_type'])
      await queryRunner.query(`DELETE FROM ${table} WHERE id <= 6`);
  }
}
