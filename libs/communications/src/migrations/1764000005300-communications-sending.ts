import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

const fk = (name: string, column: string, table: string, onDelete: 'RESTRICT' | 'CASCADE' | 'SET NULL') =>
  new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
    onUpdate: 'NO ACTION',
  });
const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });
const stamps = () => [col.version(), col.timestamp('created_at'), col.timestamp('updated_at')];

/**
 * Sending: saved client groups, mailings (one per send request) and communications (one per
 * recipient, with its status, reason, rendered text and delivery times).
 */
export class CommunicationsSending1764000005300 implements MigrationInterface {
  name = 'CommunicationsSending1764000005300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'client_group',
        columns: [
          col.id(),
          col.varchar('name', 200),
          col.varchar('name_key', 200),
          col.varchar('description', 1000, true),
          col.int('client_count'),
          ...stamps(),
        ],
        indices: [index('uq_client_group_name_key', ['name_key'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'client_group_member',
        columns: [
          { ...col.int('group_id'), isPrimary: true },
          { ...col.int('client_id'), isPrimary: true },
        ],
        indices: [index('idx_client_group_member_client', ['client_id'])],
        foreignKeys: [
          fk('fk_client_group_member_group', 'group_id', 'client_group', 'CASCADE'),
          fk('fk_client_group_member_party', 'client_id', 'party', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mailing',
        columns: [
          col.id(),
          col.varchar('name', 200),
          col.varchar('name_key', 200),
          col.int('communication_type_id'),
          col.int('send_channel_type_id'),
          col.int('document_id'),
          col.int('department_id'),
          col.int('sender_user_id', true),
          col.varchar('sender_name', 100),
          col.varchar('recipient_kind', 10),
          col.int('group_id', true),
          col.text('recipient_filter', true),
          col.text('variables'),
          col.timestamp('scheduled_at', true),
          col.int('recipient_count'),
          col.int('scheduled_count'),
          col.int('moved_count'),
          col.int('skipped_count'),
          col.text('skipped_by_reason'),
          ...stamps(),
        ],
        indices: [
          index('idx_mailing_name_key', ['name_key']),
          index('idx_mailing_type', ['communication_type_id']),
          index('idx_mailing_channel', ['send_channel_type_id']),
          index('idx_mailing_document', ['document_id']),
          index('idx_mailing_department', ['department_id', 'id']),
          index('idx_mailing_sender', ['sender_user_id']),
          index('idx_mailing_group', ['group_id']),
          index('idx_mailing_created_at', ['created_at']),
        ],
        foreignKeys: [
          fk('fk_mailing_type', 'communication_type_id', 'communication_type', 'RESTRICT'),
          fk('fk_mailing_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
          fk('fk_mailing_document', 'document_id', 'document', 'RESTRICT'),
          fk('fk_mailing_department', 'department_id', 'department', 'RESTRICT'),
          fk('fk_mailing_sender', 'sender_user_id', 'user', 'SET NULL'),
          fk('fk_mailing_group', 'group_id', 'client_group', 'SET NULL'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'communication',
        columns: [
          col.id(),
          col.int('mailing_id', true),
          col.varchar('name', 200),
          col.varchar('name_key', 200),
          col.int('client_id', true),
          col.int('communication_type_id', true),
          col.int('send_channel_type_id', true),
          col.varchar('channel_kind', 20),
          col.int('document_id', true),
          col.int('department_id', true),
          col.boolean('transactional', false),
          col.varchar('status', 12),
          col.varchar('reason', 40, true),
          col.varchar('reason_detail', 500, true),
          col.varchar('address', 254, true),
          col.varchar('subject', 500, true),
          col.text('body', true),
          col.varchar('time_zone', 64),
          col.timestamp('requested_at'),
          col.timestamp('scheduled_at'),
          col.timestamp('due_at', true),
          col.int('attempts'),
          col.varchar('last_error', 500, true),
          col.timestamp('sent_at', true),
          col.int('sent_weekday', true),
          col.int('sent_hour', true),
          col.timestamp('delivered_at', true),
          col.timestamp('read_at', true),
          col.timestamp('responded_at', true),
          col.timestamp('status_changed_at'),
          col.text('answers', true),
          ...stamps(),
        ],
        indices: [
          index('idx_communication_due', ['status', 'due_at']),
          index('idx_communication_mailing', ['mailing_id', 'status']),
          index('idx_communication_client', ['client_id', 'send_channel_type_id', 'scheduled_at']),
          index('idx_communication_type', ['communication_type_id']),
          index('idx_communication_channel', ['send_channel_type_id']),
          index('idx_communication_document', ['document_id']),
          index('idx_communication_department', ['department_id', 'status']),
          index('idx_communication_name_key', ['name_key']),
        ],
        foreignKeys: [
          fk('fk_communication_mailing', 'mailing_id', 'mailing', 'RESTRICT'),
          fk('fk_communication_party', 'client_id', 'party', 'SET NULL'),
          fk('fk_communication_type', 'communication_type_id', 'communication_type', 'RESTRICT'),
          fk('fk_communication_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
          fk('fk_communication_document', 'document_id', 'document', 'RESTRICT'),
          fk('fk_communication_department', 'department_id', 'department', 'RESTRICT'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['communication', 'mailing', 'client_group_member', 'client_group']) await queryRunner.dropTable(table);
  }
}
