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
 * The communications platform's organisation and catalogs: companies, departments, employees,
 * communication types, channels, booking statuses, documents (with their file pieces), department
 * rules, role permissions per type × channel, bookings and channel blocks.
 */
export class CommunicationsTables1764000005000 implements MigrationInterface {
  name = 'CommunicationsTables1764000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'company',
        columns: [col.id(), col.varchar('name', 200), col.varchar('name_key', 200), col.varchar('description', 1000, true), ...stamps()],
        indices: [index('uq_company_name_key', ['name_key'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'department',
        columns: [
          col.id(),
          col.int('company_id'),
          col.varchar('name', 200),
          col.varchar('name_key', 200),
          col.varchar('description', 1000, true),
          ...stamps(),
        ],
        indices: [
          index('uq_department_company_name_key', ['company_id', 'name_key'], true),
          index('idx_department_name_key', ['name_key']),
        ],
        foreignKeys: [fk('fk_department_company', 'company_id', 'company', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'employee',
        columns: [
          col.id(),
          col.int('user_id'),
          col.int('department_id'),
          col.int('role_id', true),
          col.varchar('position', 200, true),
          ...stamps(),
        ],
        indices: [
          index('uq_employee_user', ['user_id'], true),
          index('idx_employee_department', ['department_id']),
          index('idx_employee_role', ['role_id']),
        ],
        foreignKeys: [
          fk('fk_employee_user', 'user_id', 'user', 'CASCADE'),
          fk('fk_employee_department', 'department_id', 'department', 'RESTRICT'),
          fk('fk_employee_role', 'role_id', 'role', 'SET NULL'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'communication_type',
        columns: [col.id(), col.varchar('name', 200), col.varchar('name_key', 200), col.varchar('description', 1000), ...stamps()],
        indices: [index('uq_communication_type_name_key', ['name_key'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'send_channel_type',
        columns: [
          col.id(),
          col.varchar('name', 100),
          col.varchar('name_key', 100),
          col.varchar('description', 1000),
          col.varchar('kind', 20),
          col.boolean('enabled', true),
          ...stamps(),
        ],
        indices: [index('uq_send_channel_type_name_key', ['name_key'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'booking_status_type',
        columns: [
          col.id(),
          col.varchar('name', 100),
          col.varchar('name_key', 100),
          col.varchar('description', 1000),
          col.boolean('holds_client', true),
          ...stamps(),
        ],
        indices: [index('uq_booking_status_type_name_key', ['name_key'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document',
        columns: [
          col.id(),
          col.varchar('name', 200),
          col.varchar('name_key', 200),
          col.varchar('kind', 10),
          col.varchar('description', 1000, true),
          col.varchar('subject', 500, true),
          col.text('body', true),
          col.text('variables'),
          col.varchar('content_type', 100, true),
          col.varchar('file_name', 255, true),
          col.int('size_bytes', true),
          col.varchar('sha256', 64, true),
          ...stamps(),
        ],
        indices: [
          index('uq_document_name_key', ['name_key'], true),
          index('idx_document_kind', ['kind']),
          index('idx_document_updated_at', ['updated_at']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_chunk',
        columns: [
          { ...col.int('document_id'), isPrimary: true },
          { ...col.int('seq'), isPrimary: true },
          { name: 'data', type: 'blob', isNullable: false },
        ],
        foreignKeys: [fk('fk_document_chunk_document', 'document_id', 'document', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'department_rule',
        columns: [
          col.id(),
          col.int('department_id'),
          col.varchar('name', 200),
          col.varchar('name_key', 200),
          col.varchar('description', 1000, true),
          col.boolean('active', true),
          col.varchar('quiet_start', 5, true),
          col.varchar('quiet_end', 5, true),
          col.varchar('time_zone', 64),
          ...stamps(),
        ],
        indices: [
          index('uq_department_rule_name_key', ['department_id', 'name_key'], true),
          index('idx_department_rule_name_key', ['name_key']),
        ],
        foreignKeys: [fk('fk_department_rule_department', 'department_id', 'department', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rule_allowance',
        columns: [
          { ...col.int('rule_id'), isPrimary: true },
          { ...col.int('communication_type_id'), isPrimary: true },
          { ...col.int('send_channel_type_id'), isPrimary: true },
        ],
        indices: [
          index('idx_rule_allowance_type', ['communication_type_id']),
          index('idx_rule_allowance_channel', ['send_channel_type_id']),
        ],
        foreignKeys: [
          fk('fk_rule_allowance_rule', 'rule_id', 'department_rule', 'CASCADE'),
          fk('fk_rule_allowance_type', 'communication_type_id', 'communication_type', 'RESTRICT'),
          fk('fk_rule_allowance_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rule_frequency_cap',
        columns: [
          { ...col.int('rule_id'), isPrimary: true },
          { ...col.int('send_channel_type_id'), isPrimary: true },
          { ...col.varchar('period', 10), isPrimary: true },
          col.int('max_count'),
        ],
        indices: [index('idx_rule_frequency_cap_channel', ['send_channel_type_id'])],
        foreignKeys: [
          fk('fk_rule_frequency_cap_rule', 'rule_id', 'department_rule', 'CASCADE'),
          fk('fk_rule_frequency_cap_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rule_channel_preference',
        columns: [{ ...col.int('rule_id'), isPrimary: true }, { ...col.int('position'), isPrimary: true }, col.int('send_channel_type_id')],
        indices: [
          index('uq_rule_channel_preference_channel', ['rule_id', 'send_channel_type_id'], true),
          index('idx_rule_channel_preference_channel', ['send_channel_type_id']),
        ],
        foreignKeys: [
          fk('fk_rule_channel_preference_rule', 'rule_id', 'department_rule', 'CASCADE'),
          fk('fk_rule_channel_preference_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'role_communication_permission',
        columns: [
          { ...col.int('role_id'), isPrimary: true },
          { ...col.int('communication_type_id'), isPrimary: true },
          { ...col.int('send_channel_type_id'), isPrimary: true },
        ],
        indices: [
          index('idx_role_communication_permission_type', ['communication_type_id']),
          index('idx_role_communication_permission_channel', ['send_channel_type_id']),
        ],
        foreignKeys: [
          fk('fk_role_communication_permission_role', 'role_id', 'role', 'CASCADE'),
          fk('fk_role_communication_permission_type', 'communication_type_id', 'communication_type', 'RESTRICT'),
          fk('fk_role_communication_permission_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'booking',
        columns: [
          col.id(),
          col.varchar('name', 200, true),
          col.varchar('name_key', 200, true),
          col.int('department_id', true),
          col.varchar('purpose', 500, true),
          col.int('communication_type_id', true),
          col.int('send_channel_type_id', true),
          col.int('document_id', true),
          col.int('status_type_id'),
          col.timestamp('before_date'),
          col.int('booked_by_user_id', true),
          col.varchar('booked_by_name', 100),
          col.int('client_count'),
          ...stamps(),
        ],
        indices: [
          index('idx_booking_name_key', ['name_key']),
          index('idx_booking_department', ['department_id', 'before_date']),
          index('idx_booking_before_date', ['before_date']),
          index('idx_booking_status', ['status_type_id']),
          index('idx_booking_type', ['communication_type_id']),
          index('idx_booking_channel', ['send_channel_type_id']),
          index('idx_booking_document', ['document_id']),
          index('idx_booking_booked_by', ['booked_by_user_id']),
        ],
        foreignKeys: [
          fk('fk_booking_department', 'department_id', 'department', 'RESTRICT'),
          fk('fk_booking_type', 'communication_type_id', 'communication_type', 'RESTRICT'),
          fk('fk_booking_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
          fk('fk_booking_document', 'document_id', 'document', 'RESTRICT'),
          fk('fk_booking_status_type', 'status_type_id', 'booking_status_type', 'RESTRICT'),
          fk('fk_booking_booked_by', 'booked_by_user_id', 'user', 'SET NULL'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'booking_client',
        columns: [
          { ...col.int('booking_id'), isPrimary: true },
          { ...col.int('client_id'), isPrimary: true },
        ],
        indices: [index('idx_booking_client_client', ['client_id', 'booking_id'])],
        foreignKeys: [
          fk('fk_booking_client_booking', 'booking_id', 'booking', 'CASCADE'),
          fk('fk_booking_client_party', 'client_id', 'party', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'channel_block',
        columns: [
          col.id(),
          col.int('client_id'),
          col.int('send_channel_type_id'),
          col.timestamp('until', true),
          col.varchar('reason', 500),
          col.int('blocked_by_user_id', true),
          col.varchar('blocked_by_name', 100),
          ...stamps(),
        ],
        indices: [
          index('idx_channel_block_client', ['client_id', 'send_channel_type_id']),
          index('idx_channel_block_channel', ['send_channel_type_id']),
          index('idx_channel_block_until', ['until']),
          index('idx_channel_block_created_at', ['created_at']),
          index('idx_channel_block_blocked_by', ['blocked_by_user_id']),
        ],
        foreignKeys: [
          fk('fk_channel_block_party', 'client_id', 'party', 'CASCADE'),
          fk('fk_channel_block_channel', 'send_channel_type_id', 'send_channel_type', 'RESTRICT'),
          fk('fk_channel_block_blocked_by', 'blocked_by_user_id', 'user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      'channel_block',
      'booking_client',
      'booking',
      'role_communication_permission',
      'rule_channel_preference',
      'rule_frequency_cap',
      'rule_allowance',
      'department_rule',
      'document_chunk',
      'document',
      'booking_status_type',
      'send_channel_type',
      'communication_type',
      'employee',
      'department',
      'company',
    ];
    for (const table of tables) await queryRunner.dropTable(table);
  }
}
