import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** Bound parameters per statement: SQLite allows 32,766; MariaDB's limit is the packet, so rows are capped too. */
const SQLITE_MAX_PARAMETERS = 30_000;
const MARIADB_MAX_ROWS = 2_000;

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC: how DATETIME(3) values are written on both dialects. */
export const sqlDateTime = (date: Date) => date.toISOString().slice(0, 23).replace('T', ' ');

/** A value of a row given to insertRows: dates and booleans are bound as both dialects store them. */
export type SqlValue = string | number | null | Date | boolean;

const toParameter = (value: SqlValue) =>
  value instanceof Date ? sqlDateTime(value) : typeof value === 'boolean' ? (value ? 1 : 0) : value;

/**
 * How a column's values are bound: the common types directly (the driver's generic preparation
 * costs more than the write at 100,000 rows), anything else — transformers included — as the
 * driver would persist it.
 */
function binderOf(column: ColumnMetadata, prepare: (value: unknown, column: ColumnMetadata) => unknown): (value: unknown) => unknown {
  if (column.transformer) return (value) => prepare(value, column);
  const type = column.type;
  if (type === 'datetime' || type === Date || type === 'timestamp') {
    // Rows of one batch share their few instants (now, the send time): format each once.
    let last: Date | undefined;
    let lastText = '';
    return (value) => {
      if (!(value instanceof Date)) return prepare(value, column);
      if (last === undefined || value.getTime() !== last.getTime()) {
        last = value;
        lastText = sqlDateTime(value);
      }
      return lastText;
    };
  }
  if (type === 'boolean' || type === Boolean || type === 'bool') return (value) => (value ? 1 : 0);
  if (type === 'integer' || type === 'int' || type === Number || type === 'varchar' || type === 'text' || type === String)
    return (value) => value;
  return (value) => prepare(value, column);
}

/**
 * Multi-row `INSERT … VALUES (…), (…)` of raw rows, optionally an upsert on a unique key, for the hot
 * paths that write thousands of rows at once: the query builder spends more time building a
 * 20,000-parameter statement than the database spends running it. `batch` rows per statement (at
 * most what the dialect allows); two statements in flight, the next built while the database writes
 * the last (MariaDB queues them on the connection; SQLite runs each at once). In the caller's
 * transaction when it is in one (pass the Database's manager).
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  options: { batch?: number; upsert?: { conflict: readonly string[]; update: readonly string[] } } = {},
): Promise<void> {
  if (!rows.length) return;
  const { driver } = manager.connection;
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const escape = (name: string) => driver.escape(name);
  const allowed = sqlite ? Math.max(1, Math.floor(SQLITE_MAX_PARAMETERS / columns.length)) : MARIADB_MAX_ROWS;
  const rowsPerStatement = Math.min(options.batch ?? allowed, allowed);
  const upsert = options.upsert;
  const suffix = !upsert
    ? ''
    : sqlite
      ? ` ON CONFLICT (${upsert.conflict.map(escape).join(', ')}) DO UPDATE SET ${upsert.update.map((c) => `${escape(c)} = excluded.${escape(c)}`).join(', ')}`
      : ` ON DUPLICATE KEY UPDATE ${upsert.update.map((c) => `${escape(c)} = VALUES(${escape(c)})`).join(', ')}`;
  const head = `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let inFlight: Promise<unknown> | undefined;
  for (let from = 0; from < rows.length; from += rowsPerStatement) {
    const batch = rows.slice(from, from + rowsPerStatement);
    const parameters: unknown[] = [];
    for (const row of batch) for (const value of row) parameters.push(toParameter(value));
    const statement = manager.query(`${head}${batch.map(() => tuple).join(', ')}${suffix}`, parameters);
    // A statement that fails while the next is being built must not go unobserved.
    statement.catch(() => undefined);
    if (inFlight) await inFlight;
    inFlight = statement;
  }
  await inFlight;
}

/**
 * Inserts many entities with insertRows, their values prepared exactly as TypeORM would persist them
 * (dates, booleans, JSON transformers) — for a communication to 100,000 clients or their events,
 * where building entities and TypeORM's insert per batch costs more than the database work.
 * Generated ids are not returned: read them back by a key the rows share.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
  options: { ignoreDuplicatesOf?: readonly string[] } = {},
): Promise<void> {
  if (!rows.length) return;
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  // Every column a row may carry except generated ones; a column left out of a row is written as NULL
  // unless it has a default, which the caller must then give (one column list for the whole batch).
  const columns = metadata.columns.filter((column) => !column.isGenerated && rows.some((row) => row[column.propertyName] !== undefined));
  const prepare = (value: unknown, column: ColumnMetadata) => driver.preparePersistentValue(value, column);
  const binders = columns.map((column) => binderOf(column, prepare));
  const values = rows.map((row) =>
    columns.map((column, c) => {
      const value = row[column.propertyName];
      return (value === undefined || value === null ? null : binders[c](value)) as SqlValue;
    }),
  );
  const unique = options.ignoreDuplicatesOf?.map((property) => metadata.findColumnWithPropertyName(property)?.databaseName ?? property);
  await insertRows(
    manager,
    metadata.tableName,
    columns.map((column) => column.databaseName),
    values,
    // A row whose unique value is there already changes nothing: the "update" writes the value it has.
    unique ? { upsert: { conflict: unique, update: unique } } : {},
  );
}
