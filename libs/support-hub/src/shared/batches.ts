/** Rows per multi-row statement: far below SQLite's 32,766 bound variables and MariaDB's packet size. */
export const WRITE_BATCH = 800;
/** Values per `IN (…)` list. */
export const IN_BATCH = 1000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** A datetime read raw: a Date from MariaDB, a `YYYY-MM-DD HH:MM:SS.SSS` UTC string from SQLite. */
export function rawDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  if (typeof value === 'number') return new Date(value);
  throw new Error(`not a datetime: ${String(value)}`);
}

export const rawDateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : rawDate(value));

/** Text search: `%text%` where `%`, `_` and `!` are plain characters (use with `ESCAPE '!'`). */
export const likeContains = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
