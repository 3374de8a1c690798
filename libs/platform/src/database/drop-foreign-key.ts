import type { QueryRunner } from 'typeorm';

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
