import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';
import { DEFAULT_RULES } from '../consolidation/grouping-rules.js';

/**
 * The support hub: member cases, aggregated cases, grouping rules, merges and splits, refresh runs
 * and the state of each source. Inserts the default grouping rules and the state rows.
 */
export class SupportHubTables1764000004000 implements MigrationInterface {
  name = 'SupportHubTables1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'aggregated_case',
        columns: [
          col.id(),
          col.varchar('group_key', 400),
          col.varchar('provider', 100),
          col.varchar('error_code', 100),
          col.varchar('status', 10),
          col.int('case_count'),
          col.int('open_count'),
          col.varchar('sources', 100),
          col.timestamp('first_seen'),
          col.timestamp('last_seen'),
          col.varchar('title', 500),
          col.text('search_text'),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_aggregated_case_group_key', columnNames: ['group_key'], isUnique: true }),
          new TableIndex({ name: 'idx_aggregated_case_provider', columnNames: ['provider', 'last_seen'] }),
          new TableIndex({ name: 'idx_aggregated_case_error_code', columnNames: ['error_code', 'last_seen'] }),
          new TableIndex({ name: 'idx_aggregated_case_status', columnNames: ['status', 'last_seen'] }),
          new TableIndex({ name: 'idx_aggregated_case_last_seen', columnNames: ['last_seen'] }),
          new TableIndex({ name: 'idx_aggregated_case_first_seen', columnNames: ['first_seen'] }),
          new TableIndex({ name: 'idx_aggregated_case_case_count', columnNames: ['case_count'] }),
          new TableIndex({ name: 'idx_aggregated_case_open_count', columnNames: ['open_count'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_case',
        columns: [
          col.id(),
          col.varchar('source', 20),
          col.varchar('external_id', 100),
          col.varchar('provider_raw', 200, true),
          col.varchar('error_code_raw', 100, true),
          col.varchar('provider', 100),
          col.varchar('error_code', 100),
          col.varchar('status', 10),
          col.varchar('source_status', 20),
          col.varchar('title', 500),
          col.text('description'),
          col.varchar('customer_ref', 254, true),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
          col.varchar('rule_key', 400),
          col.varchar('applied_rules', 200),
          col.int('aggregated_case_id', true),
          col.varchar('fingerprint', 32),
          col.timestamp('first_fetched_at'),
          col.timestamp('last_changed_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_support_case_source_external', columnNames: ['source', 'external_id'], isUnique: true }),
          new TableIndex({ name: 'idx_support_case_aggregated', columnNames: ['aggregated_case_id', 'updated_at'] }),
          new TableIndex({ name: 'idx_support_case_customer_ref', columnNames: ['customer_ref', 'updated_at'] }),
          new TableIndex({ name: 'idx_support_case_provider', columnNames: ['provider'] }),
          new TableIndex({ name: 'idx_support_case_error_code', columnNames: ['error_code'] }),
          new TableIndex({ name: 'idx_support_case_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_support_case_updated_at', columnNames: ['updated_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_support_case_aggregated_case',
            columnNames: ['aggregated_case_id'],
            referencedTableName: 'aggregated_case',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_hub_rule',
        columns: [
          col.id(),
          col.varchar('kind', 30),
          col.varchar('pattern', 200, true),
          col.varchar('replacement', 200),
          col.int('position'),
          col.boolean('enabled', true),
          col.varchar('description', 300, true),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [new TableIndex({ name: 'idx_support_hub_rule_kind', columnNames: ['kind', 'position'] })],
      }),
    );
    const override = [col.varchar('reason', 500), col.int('actor_id'), col.varchar('actor_name', 100), col.timestamp('created_at')];
    await queryRunner.createTable(
      new Table({
        name: 'support_hub_merge',
        columns: [
          col.id(),
          col.varchar('from_key', 400),
          col.varchar('into_key', 400),
          col.int('from_aggregated_case_id'),
          col.int('into_aggregated_case_id'),
          ...override,
        ],
        indices: [
          new TableIndex({ name: 'uq_support_hub_merge_from_key', columnNames: ['from_key'], isUnique: true }),
          new TableIndex({ name: 'idx_support_hub_merge_into_key', columnNames: ['into_key'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_hub_split',
        columns: [
          col.id(),
          col.varchar('source', 20),
          col.varchar('external_id', 100),
          col.varchar('group_key', 400),
          col.int('from_aggregated_case_id'),
          ...override,
        ],
        indices: [
          new TableIndex({ name: 'uq_support_hub_split_case', columnNames: ['source', 'external_id'], isUnique: true }),
          new TableIndex({ name: 'idx_support_hub_split_group_key', columnNames: ['group_key'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_hub_refresh_run',
        columns: [
          col.id(),
          col.varchar('trigger_kind', 20),
          col.varchar('status', 20),
          col.varchar('requested_by', 100, true),
          col.varchar('holder', 100),
          col.timestamp('started_at'),
          col.timestamp('finished_at', true),
          col.timestamp('heartbeat_at'),
          col.int('duration_ms', true),
          col.text('progress', true),
          col.varchar('error', 1000, true),
          col.int('aggregated_created'),
          col.int('aggregated_changed'),
          col.int('aggregated_closed'),
          col.int('aggregated_removed'),
          col.int('case_count', true),
          col.int('aggregated_count', true),
        ],
        indices: [
          new TableIndex({ name: 'idx_support_hub_refresh_run_status', columnNames: ['status', 'finished_at'] }),
          new TableIndex({ name: 'idx_support_hub_refresh_run_started', columnNames: ['started_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_hub_refresh_source',
        columns: [
          col.id(),
          col.int('run_id'),
          col.varchar('source', 20),
          col.varchar('mode', 20),
          col.varchar('status', 20),
          col.timestamp('since', true),
          ...[
            'fetched',
            'new_count',
            'changed',
            'unchanged',
            'deleted',
            'skipped_malformed',
            'duplicates',
            'unclassified',
            'pages',
            'requests',
            'retries',
            'timeouts',
            'rate_limited',
            'server_errors',
            'malformed_responses',
          ].map((name) => col.int(name)),
          col.varchar('note', 1000, true),
          col.varchar('error', 1000, true),
          col.int('duration_ms'),
          col.timestamp('started_at'),
          col.timestamp('finished_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_support_hub_refresh_source_run', columnNames: ['run_id'] }),
          new TableIndex({ name: 'idx_support_hub_refresh_source_source', columnNames: ['source', 'id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_support_hub_refresh_source_run',
            columnNames: ['run_id'],
            referencedTableName: 'support_hub_refresh_run',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_hub_source',
        columns: [
          { ...col.varchar('source', 20), isPrimary: true },
          col.timestamp('watermark', true),
          col.int('runs_since_full'),
          col.timestamp('last_full_sync_at', true),
          col.boolean('healthy', true),
          col.timestamp('last_success_at', true),
          col.timestamp('last_failure_at', true),
          col.varchar('last_error', 1000, true),
          col.int('consecutive_failures'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'support_hub_state',
        columns: [
          { ...col.int('id'), isPrimary: true },
          col.int('revision'),
          col.timestamp('last_refreshed_at', true),
          col.int('last_run_id', true),
          col.varchar('writer', 40, true),
        ],
      }),
    );

    // Plain SQL with positional parameters: the entities (and their property names) may change, this data may not.
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      const escape = (name: string) => queryRunner.connection.driver.escape(name);
      for (const row of rows) {
        const columns = Object.keys(row);
        await queryRunner.query(
          `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          Object.values(row),
        );
      }
    };
    await insert(
      'support_hub_rule',
      DEFAULT_RULES.map((rule) => ({
        kind: rule.kind,
        pattern: rule.pattern,
        replacement: rule.replacement,
        position: rule.position,
        enabled: rule.enabled ? 1 : 0,
        description: 'Default rule',
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    );
    await insert('support_hub_source', [
      { source: 'banana', runs_since_full: 0, healthy: 1, consecutive_failures: 0 },
      { source: 'strawberry', runs_since_full: 0, healthy: 1, consecutive_failures: 0 },
    ]);
    await insert('support_hub_state', [{ id: 1, revision: 0 }]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'support_hub_state',
      'support_hub_source',
      'support_hub_refresh_source',
      'support_hub_refresh_run',
      'support_hub_split',
      'support_hub_merge',
      'support_hub_rule',
      'support_case',
      'aggregated_case',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
