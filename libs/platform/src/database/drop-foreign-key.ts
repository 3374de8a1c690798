import { type QueryRunner, TableForeignKey } from 'typeorm';

/**
 * Drops a foreign key, and on MariaDB the index the server made for it when no other index served
 * (it carries the key's name and stays behind otherwise, so entities and migrations would disagree).
 * On SQLite, TypeORM rebuilds the table without the key (rows kept).
 */
export async function dropForeignKeyAndItsIndex(queryRunner: QueryRunner, tableName: string, foreignKeyName: string): Promise<void> {
  await queryRunner.dropForeignKey(tableName, foreignKeyName);
  const table = await queryRunner.getTable(tableName);
  const leftover = table?.indices.find((index) => index.name === foreignKeyName);
  if (table && leftover) await queryRunner.dropIndex(table, leftover);
}

/** A foreign key into another lib's table, as the migration that drops it names it (so `down` can put it back). */
export type CrossLibKey = [table: string, name: string, column: string, referenced: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT'];

export async function dropCrossLibKeys(queryRunner: QueryRunner, keys: readonly CrossLibKey[]): Promise<void> {
  for (const [table, name] of keys) await dropForeignKeyAndItsIndex(queryRunner, table, name);
}

export async function restoreCrossLibKeys(queryRunner: QueryRunner, keys: readonly CrossLibKey[]): Promise<void> {
  for (const [table, name, column, referenced, onDelete] of keys) {
    await queryRunner.createForeignKey(
      table,
      new TableForeignKey({
        name,
        columnNames: [column],
        referencedTableName: referenced,
        referencedColumnNames: ['id'],
        onDelete,
        onUpdate: 'NO ACTION',
      }),
    );
  }
}
