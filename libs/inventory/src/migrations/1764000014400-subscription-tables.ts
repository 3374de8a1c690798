import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

const index = (table: string, name: string, columns: string[], isUnique = false) =>
  new TableIndex({ name: `${isUnique ? 'uq' : 'idx'}_${table}${name ? `_${name}` : ''}`, columnNames: columns, isUnique });

/**
 * Subscriptions (TMF637 products) and their periods. The customer, offering, price and billing
 * account are other libs' rows, named by id without foreign keys; the services check them.
 * `idx_subscription_due` (status, current period end) is the renewal job's index.
 */
export class SubscriptionTables1764000014400 implements MigrationInterface {
  name = 'SubscriptionTables1764000014400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'subscription',
        columns: [
          col.id(),
          col.int('customer_id'),
          col.varchar('name', 200),
          col.int('offering_id'),
          col.varchar('offering_name', 200),
          col.boolean('is_bundle', false),
          col.int('price_id'),
          col.varchar('price_name', 200),
          col.bigint('price_amount_minor'),
          col.varchar('currency', 3),
          col.varchar('period_unit', 10),
          col.int('period_length'),
          col.int('billing_account_id'),
          col.varchar('status', 20),
          col.timestamp('start_date'),
          col.timestamp('termination_date', true),
          col.timestamp('current_period_start'),
          col.timestamp('current_period_end'),
          col.int('period_number'),
          col.boolean('auto_renew', true),
          col.timestamp('cancel_at', true),
          col.varchar('cancel_reason', 30, true),
          col.varchar('cancel_comment', 1000, true),
          col.varchar('cancel_requested_by', 100, true),
          col.timestamp('cancel_requested_at', true),
          col.timestamp('suspended_at', true),
          col.varchar('suspension_reason', 500, true),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          index('subscription', 'customer', ['customer_id']),
          index('subscription', 'offering', ['offering_id']),
          index('subscription', 'price', ['price_id']),
          index('subscription', 'billing_account', ['billing_account_id']),
          index('subscription', 'name', ['name']),
          index('subscription', 'due', ['status', 'current_period_end']),
          index('subscription', 'period_end', ['current_period_end']),
          index('subscription', 'start', ['start_date']),
          index('subscription', 'termination', ['termination_date']),
          index('subscription', 'auto_renew', ['auto_renew']),
          index('subscription', 'bundle', ['is_bundle']),
          index('subscription', 'updated', ['updated_at']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'subscription_period',
        columns: [
          col.id(),
          col.int('subscription_id'),
          col.int('period_number'),
          col.timestamp('period_start'),
          col.timestamp('period_end'),
          col.bigint('amount_minor'),
          col.varchar('currency', 3),
          col.timestamp('created_at'),
        ],
        indices: [
          index('subscription_period', '', ['subscription_id', 'period_number'], true),
          index('subscription_period', 'created', ['created_at']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('subscription_period');
    await queryRunner.dropTable('subscription');
  }
}
