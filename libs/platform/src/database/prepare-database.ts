import type { DataSource } from 'typeorm';

/**
 * MariaDB compares text by the database's default collation. utf8mb4_bin compares code points, as
 * SQLite does: Cyrillic and emoji stay distinct (the `_ci` collations treat every emoji as equal
 * and fold case and accents, which would make unique keys and filters differ between dialects).
 * Case-insensitive matching is done explicitly, on lower-cased key columns. Runs before the
 * migrations, so every table the migrations create inherits it.
 */
export async function prepareDatabase(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'mariadb' && dataSource.options.type !== 'mysql') return;
  const [schema] = (await dataSource.query(
    'SELECT SCHEMA_NAME AS name, DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()',
  )) as { name: string; charset: string; collation: string }[];
  if (schema && schema.collation !== 'utf8mb4_bin') {
    await dataSource.query(`ALTER DATABASE \`${schema.name.replace(/`/g, '')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  }
}

/** Opens the DataSource, prepares the database, then runs the migrations (never `synchronize`). */
export async function openDataSource(dataSource: DataSource): Promise<DataSource> {
  await dataSource.initialize();
  await prepareDatabase(dataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
