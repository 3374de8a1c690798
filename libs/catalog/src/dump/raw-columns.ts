/**
 * Readers of raw row values as both drivers return them, for the dump's hot path (hydrating
 * 300,000 entities through TypeORM cost more than reading them): times as `YYYY-MM-DD HH:MM:SS.mmm`
 * UTC text (SQLite; MariaDB with `dateStrings`), else Dates; decimals and bigints as strings on MariaDB.
 */
export type Row = Record<string, unknown>;

const DATETIME_TEXT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/;

/** ISO 8601 UTC with milliseconds, or null. */
export function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return DATETIME_TEXT.test(text) ? `${text.slice(0, 10)}T${text.slice(11)}Z` : new Date(text).toISOString();
}

export const textOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : value === null || value === undefined ? null : String(value);
export const numberOf = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
export const booleanOf = (value: unknown): boolean => value === true || value === 1 || value === '1';
/** A JSON text column; a value that is not JSON throws (damaged data fails the dump rather than hiding). */
export const jsonOf = <T>(value: unknown): T | null => (value === null || value === undefined ? null : (JSON.parse(String(value)) as T));
