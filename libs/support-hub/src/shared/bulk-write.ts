import type { Database } from '@contactly/platform';
import { chunks } from './batches.js';

/** A datetime as both dialects store DATETIME(3): `YYYY-MM-DD HH:MM:SS.SSS` in UTC. */
export const sqlDate = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 23);

export type SqlValue = string | number | null | Date | boolean;

const toParam = (value: SqlValue) => (value instanceof Date ? sqlDate(value) : typeof value === 'boolean' ? (value ? 1 : 0) : value);

/**
 * Multi-row INSERT (optionally an upsert on a unique key) with positional parameters, for the
 * bulk writes of a refresh: the query builder spends more time building a 20,000-parameter
 * statement than the database spends running it. Used by repositories only; both dialects are
 * covered by the support hub's tests.
 */
export async function insertRows(
  db: Database,
  table: string,
  columns: readonly string[],
  rows: readonly SqlValue[][],
  options: { batch: number; upsert?: { conflict: readonly string[]; update: readonly string[] } },
): Promise<void> {
  if (!rows.length) return;
  const escape = (name: string) => db.dataSource.driver.escape(name);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let suffix = '';
  if (options.upsert) {
    suffix =
      db.dialect === 'mariadb'
        ? ` ON DUPLICATE KEY UPDATE ${options.upsert.update.map((c) => `${escape(c)} = VALUES(${escape(c)})`).join(', ')}`
        : ` ON CONFLICT (${options.upsert.conflict.map(escape).join(', ')}) DO UPDATE SET ${options.upsert.update.map((c) => `${escape(c)} = excluded.${escape(c)}`).join(', ')}`;
  }
  const head = `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES `;
  for (const batch of chunks(rows, options.batch)) {
    const params: unknown[] = [];
    for (const row of batch) for (const value of row) params.push(toParam(value));
    await db.manager.query(`${head}${batch.map(() => tuple).join(', ')}${suffix}`, params);
  }
}
