/** A DATETIME read by a raw query: a Date from MariaDB, `YYYY-MM-DD HH:MM:SS.SSS` UTC text from SQLite. */
export function rawDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  if (typeof value === 'number') return new Date(value);
  throw new Error(`not a datetime: ${String(value)}`);
}

export const rawDateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : rawDate(value));

/** Splits a long list so every `IN (…)` or multi-row statement stays small on both dialects. */
export function chunked<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export const distinct = <T>(items: readonly T[]): T[] => [...new Set(items)];
