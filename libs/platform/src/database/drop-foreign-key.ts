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

/**
 * Puts the keys back. Without them, rows kept the ids of records deleted since (on purpose: history keeps a deleted
 * client's id); each key's old ON DELETE rule is applied to those rows first, as the key would have done, so the key can
 * be created on both dialects — or, for RESTRICT, the migration stops naming the rows that hold a deleted record.
 */
export async function restoreCrossLibKeys(queryRunner: QueryRunner, keys: readonly CrossLibKey[]): Promise<void> {
  const q = (identifier: string) => queryRunner.connection.driver.escape(identifier);
  for (const [table, name, column, referenced, onDelete] of keys) {
    const orphans = `${q(column)} IS NOT NULL AND ${q(column)} NOT IN (SELECT ${q('id')} FROM ${q(referenced)})`;
    if (onDelete === 'SET NULL') await queryRunner.query(`UPDATE ${q(table)} SET ${q(column)} = NULL WHERE ${orphans}`);
    if (onDelete === 'CASCADE') await queryRunner.query(`DELETE FROM ${q(table)} WHERE ${orphans}`);
    if (onDelete === 'RESTRICT') {
      const [{ n }] = (await queryRunner.query(`SELECT COUNT(*) AS n FROM ${q(table)} WHERE ${orphans}`)) as { n: number | string }[];
      if (Number(n) > 0)
        throw new Error(`${n} row(s) of ${table} name a ${referenced} that no longer exists (${column}): ${name} cannot be restored`);
    }
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
