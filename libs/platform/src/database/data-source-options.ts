import type { DataSourceOptions, MixedList } from 'typeorm';
import type { DatabaseSettings } from '../config/database-url.js';
import type { ClassRef } from './lib-persistence.js';

export interface DatabaseParts {
  entities: MixedList<ClassRef>;
  migrations: MixedList<ClassRef>;
}

/**
 * One DataSource shape for both dialects. Schema comes only from migrations (`synchronize` is never
 * on), run by openDataSource() at start. MariaDB talks utf8mb4 (binary collation) and UTC.
 */
export function dataSourceOptions(settings: DatabaseSettings, parts: DatabaseParts): DataSourceOptions {
  const common = {
    entities: parts.entities,
    migrations: parts.migrations,
    // openDataSource() runs them, after preparing the database.
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // Failed queries surface as errors where they matter (the global filter logs 500s); expected
    // conflicts (a unique key taken) must not spam the log.
    logging: false,
  } satisfies Partial<DataSourceOptions>;
  if (settings.dialect === 'sqlite') {
    return {
      ...common,
      type: 'better-sqlite3',
      database: settings.path,
      enableWAL: true,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    type: 'mariadb',
    host: settings.host,
    port: settings.port,
    username: settings.username,
    password: settings.password,
    database: settings.database,
    charset: 'utf8mb4_bin',
    timezone: 'Z',
    poolSize: 20,
    // Database.read() prepares its statements per connection; mysql2 closes the least recently used
    // beyond this many, so 20 connections stay far below MariaDB's max_prepared_stmt_count (16,382)
    // even with several server instances.
    extra: { connectionLimit: 20, maxIdle: 20, maxPreparedStatements: 100 },
  };
}
