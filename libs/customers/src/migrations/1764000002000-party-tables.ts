import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '@contactly/platform';

/** Parties (individuals and organizations, which may be customers), their contact media and search keys. */
export class PartyTables1764000002000 implements MigrationInterface {
  name = 'PartyTables1764000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'party',
        columns: [
          col.id(),
          col.varchar('party_type', 20),
          col.varchar('given_name', 100, true),
          col.varchar('middle_name', 100, true),
          col.varchar('family_name', 100, true),
          col.varchar('title', 40, true),
          col.varchar('gender', 20, true),
          col.varchar('birth_date', 10, true),
          col.varchar('nationality', 60, true),
          col.varchar('trading_name', 200, true),
          col.varchar('legal_name', 200, true),
          col.varchar('organization_type', 60, true),
          col.varchar('full_name', 300),
          col.varchar('status', 20),
          col.boolean('is_customer', false),
          col.varchar('customer_name', 300, true),
          col.varchar('customer_status', 20, true),
          col.varchar('customer_status_reason', 300, true),
          col.timestamp('customer_since', true),
          col.int('affiliate_id', true),
          col.varchar('email', 254, true),
          col.varchar('phone', 20, true),
          col.version(),
          col.timestamp('created_at'),
          col.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_party_type', columnNames: ['party_type'] }),
          new TableIndex({ name: 'idx_party_affiliate', columnNames: ['affiliate_id', 'id'] }),
          new TableIndex({ name: 'idx_party_customer', columnNames: ['is_customer', 'customer_status'] }),
          new TableIndex({ name: 'idx_party_family_name', columnNames: ['family_name'] }),
          new TableIndex({ name: 'idx_party_trading_name', columnNames: ['trading_name'] }),
          new TableIndex({ name: 'idx_party_created_at', columnNames: ['created_at'] }),
          new TableIndex({ name: 'idx_party_updated_at', columnNames: ['updated_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_party_affiliate',
            columnNames: ['affiliate_id'],
            referencedTableName: 'affiliate',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'contact_medium',
        columns: [
          col.id(),
          col.int('party_id'),
          col.varchar('medium_type', 20),
          col.boolean('preferred', false),
          col.varchar('email_address', 254, true),
          col.varchar('phone_number', 20, true),
          col.varchar('street1', 200, true),
          col.varchar('street2', 200, true),
          col.varchar('city', 100, true),
          col.varchar('post_code', 20, true),
          col.varchar('state_or_province', 100, true),
          col.varchar('country', 60, true),
        ],
        indices: [new TableIndex({ name: 'idx_contact_medium_party', columnNames: ['party_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_contact_medium_party',
            columnNames: ['party_id'],
            referencedTableName: 'party',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'party_search_key',
        columns: [{ ...col.int('party_id'), isPrimary: true }, { ...col.varchar('key', 254), isPrimary: true }, col.varchar('kind', 10)],
        indices: [new TableIndex({ name: 'idx_party_search_key_key', columnNames: ['key', 'party_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_party_search_key_party',
            columnNames: ['party_id'],
            referencedTableName: 'party',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['party_search_key', 'contact_medium', 'party']) await queryRunner.dropTable(table);
  }
}
