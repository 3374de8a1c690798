import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex, type TableColumnOptions } from 'typeorm';
import { col } from '@contactly/platform';

const restrict = { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' } as const;

/** Columns every bill reference catalogue has (see BillReference). */
const billReferenceColumns = (): TableColumnOptions[] => [
  col.id(),
  col.varchar('name', 100),
  col.varchar('description', 500, true),
  col.version(),
  col.timestamp('created_at'),
  col.timestamp('updated_at'),
];

/**
 * TMF666 accounts and their bill reference catalogues, TMF670 payment methods. The catalogues start
 * with the entries every installation needs, so a billing account can be given a bill structure
 * right away.
 */
export class AccountTables1764000002100 implements MigrationInterface {
  name = 'AccountTables1764000002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'bill_format',
        columns: billReferenceColumns(),
        indices: [new TableIndex({ name: 'uq_bill_format_name', columnNames: ['name'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'bill_presentation_media',
        columns: billReferenceColumns(),
        indices: [new TableIndex({ name: 'uq_bill_presentation_media_name', columnNames: ['name'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'billing_cycle_specification',
        columns: [
          ...billReferenceColumns(),
          col.varchar('frequency', 40, true),
          col.varchar('billing_period', 40, true),
          col.int('billing_date_shift', true),
          col.int('charge_date_offset', true),
          col.int('credit_date_offset', true),
          col.int('mailing_date_offset', true),
          col.int('payment_due_date_offset', true),
          col.timestamp('valid_from', true),
          col.timestamp('valid_to', true),
        ],
        indices: [new TableIndex({ name: 'uq_billing_cycle_specification_name', columnNames: ['name'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payment_method',
        columns: [
          col.id(),
          col.int('party_id'),
          col.varchar('method_type', 20),
          col.varchar('name', 200),
          col.varchar('description', 500, true),
          col.boolean('is_preferred', false),
          col.varchar('status', 20),
          col.varchar('status_reason', 300, true),
          col.timestamp('status_date'),
          col.varchar('card_brand', 20),
          col.varchar('card_last4', 4),
          col.int('card_expiry_month'),
          col.int('card_expiry_year'),
          col.varchar('name_on_card', 100),
          col.varchar('gateway_token', 200),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_payment_method_party', columnNames: ['party_id'] }),
          new TableIndex({ name: 'idx_payment_method_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_payment_method_name', columnNames: ['name'] }),
          new TableIndex({ name: 'idx_payment_method_updated_at', columnNames: ['updated_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_payment_method_party',
            columnNames: ['party_id'],
            referencedTableName: 'party',
            referencedColumnNames: ['id'],
            ...restrict,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'account',
        columns: [
          col.id(),
          col.varchar('account_kind', 20),
          col.int('party_id', true),
          col.varchar('name', 200),
          col.varchar('description', 500, true),
          col.varchar('account_type', 60, true),
          col.varchar('state', 20),
          col.varchar('payment_status', 40, true),
          col.varchar('currency', 3),
          col.bigint('credit_limit_minor', true),
          col.bigint('balance_minor'),
          col.int('default_payment_method_id', true),
          col.int('financial_account_id', true),
          col.int('bill_format_id', true),
          col.int('billing_cycle_specification_id', true),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_account_kind', columnNames: ['account_kind', 'id'] }),
          new TableIndex({ name: 'idx_account_party', columnNames: ['party_id', 'account_kind'] }),
          new TableIndex({ name: 'idx_account_state', columnNames: ['state'] }),
          new TableIndex({ name: 'idx_account_name', columnNames: ['name'] }),
          new TableIndex({ name: 'idx_account_updated_at', columnNames: ['updated_at'] }),
          new TableIndex({ name: 'idx_account_default_payment_method', columnNames: ['default_payment_method_id'] }),
          new TableIndex({ name: 'idx_account_financial_account', columnNames: ['financial_account_id'] }),
          new TableIndex({ name: 'idx_account_bill_format', columnNames: ['bill_format_id'] }),
          new TableIndex({ name: 'idx_account_billing_cycle', columnNames: ['billing_cycle_specification_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_account_party',
            columnNames: ['party_id'],
            referencedTableName: 'party',
            referencedColumnNames: ['id'],
            ...restrict,
          }),
          new TableForeignKey({
            name: 'fk_account_default_payment_method',
            columnNames: ['default_payment_method_id'],
            referencedTableName: 'payment_method',
            referencedColumnNames: ['id'],
            ...restrict,
          }),
          new TableForeignKey({
            name: 'fk_account_financial_account',
            columnNames: ['financial_account_id'],
            referencedTableName: 'account',
            referencedColumnNames: ['id'],
            ...restrict,
          }),
          new TableForeignKey({
            name: 'fk_account_bill_format',
            columnNames: ['bill_format_id'],
            referencedTableName: 'bill_format',
            referencedColumnNames: ['id'],
            ...restrict,
          }),
          new TableForeignKey({
            name: 'fk_account_billing_cycle',
            columnNames: ['billing_cycle_specification_id'],
            referencedTableName: 'billing_cycle_specification',
            referencedColumnNames: ['id'],
            ...restrict,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'account_presentation_media',
        columns: [
          { ...col.int('account_id'), isPrimary: true },
          { ...col.int('media_id'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_account_presentation_media_media', columnNames: ['media_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_account_presentation_media_account',
            columnNames: ['account_id'],
            referencedTableName: 'account',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'fk_account_presentation_media_media',
            columnNames: ['media_id'],
            referencedTableName: 'bill_presentation_media',
            referencedColumnNames: ['id'],
            ...restrict,
          }),
        ],
      }),
    );
    await this.seedCatalogues(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'account_presentation_media',
      'account',
      'payment_method',
      'billing_cycle_specification',
      'bill_presentation_media',
      'bill_format',
    ])
      await queryRunner.dropTable(table);
  }

  /**
   * Plain parameterised INSERTs (the same on both dialects) rather than entities: a migration must
   * keep working when the entities move on. Timestamps are written as UTC text, as TypeORM does.
   */
  private async seedCatalogues(queryRunner: QueryRunner): Promise<void> {
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    const stamp = { version: 1, created_at: now, updated_at: now };
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      for (const row of rows) {
        const columns = Object.keys(row);
        await queryRunner.query(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          Object.values(row),
        );
      }
    };
    await insert('bill_format', [
      { name: 'Detailed', description: 'Every charge and usage record, line by line', ...stamp },
      { name: 'Summary', description: 'Totals per product and tax only', ...stamp },
    ]);
    await insert('bill_presentation_media', [
      { name: 'Email', description: 'A PDF bill sent to the preferred email address', ...stamp },
      { name: 'Paper', description: 'A printed bill posted to the billing address', ...stamp },
      { name: 'Portal', description: 'The bill is published in the self-service portal', ...stamp },
    ]);
    const monthly = {
      frequency: 'monthly',
      billing_period: 'month',
      charge_date_offset: 0,
      credit_date_offset: 0,
      mailing_date_offset: 2,
      payment_due_date_offset: 14,
      valid_from: now,
      valid_to: null,
    };
    await insert('billing_cycle_specification', [
      { name: 'Monthly on the 1st', description: 'Bills on the first day of each month', billing_date_shift: 0, ...monthly, ...stamp },
      {
        name: 'Monthly on the 15th',
        description: 'Bills on the fifteenth day of each month',
        billing_date_shift: 14,
        ...monthly,
        ...stamp,
      },
    ]);
  }
}
