/** DATETIME values of raw reads: a Date from MariaDB, UTC text (`2026-01-15 09:00:00.000`) from SQLite. */
export function rawDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
