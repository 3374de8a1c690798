import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

/** The platform's own tables: outbox, audit trail, job leases, idempotency records. */
export class PlatformTables1764000000000 implements MigrationInterface {
  name = 'PlatformTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'outbox_event',
        columns: [
          col.id(),
          col.varchar('event_id', 36),
          col.varchar('event_type', 100),
          col.varchar('resource_type', 60),
          col.varchar('resource_id', 64),
          col.text('payload'),
          col.timestamp('occurred_at'),
          col.timestamp('published_at', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_outbox_event_event_id', columnNames: ['event_id'], isUnique: true }),
          new TableIndex({ name: 'idx_outbox_event_unpublished', columnNames: ['published_at', 'id'] }),
          new TableIndex({ name: 'idx_outbox_event_resource', columnNames: ['resource_type', 'resource_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          col.id(),
          col.int('actor_id'),
          col.varchar('actor_name', 100),
          col.varchar('action', 40),
          col.varchar('resource_type', 60),
          col.varchar('resource_id', 64),
          col.text('changes'),
          col.varchar('reason', 500, true),
          col.timestamp('at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_audit_entry_resource', columnNames: ['resource_type', 'resource_id', 'id'] }),
          new TableIndex({ name: 'idx_audit_entry_actor', columnNames: ['actor_id', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'job_lease',
        columns: [{ ...col.varchar('name', 100), isPrimary: true }, col.varchar('holder', 100), col.timestamp('expires_at')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_record',
        columns: [
          col.id(),
          col.int('principal_id'),
          col.varchar('key', 200),
          col.varchar('request_hash', 64),
          col.text('response', true),
          col.timestamp('created_at'),
          col.timestamp('expires_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_idempotency_record_key', columnNames: ['principal_id', 'key'], isUnique: true }),
          new TableIndex({ name: 'idx_idempotency_record_expires', columnNames: ['expires_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['idempotency_record', 'job_lease', 'audit_entry', 'outbox_event']) await queryRunner.dropTable(table);
  }
}
