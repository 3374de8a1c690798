import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

const index = (table: string, name: string, columns: string[], isUnique = false) =>
  new TableIndex({ name: `${isUnique ? 'uq' : 'idx'}_${table}_${name}`, columnNames: columns, isUnique });

/**
 * The number inventory (TMF639): numbers in pools and their reservations. A number is unique per type
 * (imports that overlap never double it); the pick index (type, status, random_key) serves random
 * picks and "any matching" reservations without scanning the pool.
 */
export class NumberTables1764000014200 implements MigrationInterface {
  name = 'NumberTables1764000014200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const resource = 'number_resource';
    await queryRunner.createTable(
      new Table({
        name: resource,
        columns: [
          col.id(),
          col.varchar('resource_type', 10),
          col.varchar('value', 20),
          col.varchar('pool', 60),
          col.varchar('status', 20),
          col.timestamp('status_date'),
          col.int('random_key'),
          col.int('party_id', true),
          col.timestamp('reserved_until', true),
          col.int('subscription_id', true),
          col.timestamp('assigned_at', true),
          col.timestamp('aging_until', true),
          col.boolean('ported_in', false),
          col.varchar('donor_operator', 100, true),
          col.varchar('porting_state', 20, true),
          col.varchar('import_id', 36, true),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          index(resource, 'value', ['resource_type', 'value'], true),
          index(resource, 'pick', ['resource_type', 'status', 'random_key']),
          index(resource, 'value', ['value']),
          index(resource, 'pool', ['pool', 'resource_type', 'status', 'random_key']),
          index(resource, 'status', ['status', 'status_date']),
          index(resource, 'reserved', ['status', 'reserved_until']),
          index(resource, 'aging', ['status', 'aging_until']),
          index(resource, 'party', ['party_id']),
          index(resource, 'subscription', ['subscription_id']),
          index(resource, 'updated_at', ['updated_at']),
          index(resource, 'created_at', ['created_at']),
          index(resource, 'porting', ['ported_in', 'porting_state']),
          index(resource, 'donor', ['donor_operator']),
        ],
      }),
    );
    const reservation = 'number_reservation';
    await queryRunner.createTable(
      new Table({
        name: reservation,
        columns: [
          col.id(),
          col.int('resource_id'),
          col.varchar('resource_type', 10),
          col.varchar('value', 20),
          col.int('party_id', true),
          col.varchar('cart_id', 64, true),
          col.int('affiliate_id', true),
          col.varchar('status', 20),
          col.timestamp('expires_at'),
          col.varchar('created_by', 100),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          index(reservation, 'resource', ['resource_id']),
          index(reservation, 'party', ['party_id']),
          index(reservation, 'affiliate', ['affiliate_id']),
          index(reservation, 'cart', ['cart_id']),
          index(reservation, 'status', ['status', 'expires_at']),
          index(reservation, 'created_at', ['created_at']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('number_reservation');
    await queryRunner.dropTable('number_resource');
  }
}
