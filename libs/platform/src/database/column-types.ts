import type { ColumnOptions } from 'typeorm';

/**
 * Column shapes shared by entities and migrations, so the two cannot drift and both dialects
 * (MariaDB, SQLite) get the same meaning: timestamps with milliseconds, JSON as text, ids as int.
 */
export const TIMESTAMP = { type: 'datetime', precision: 3 } as const satisfies ColumnOptions;
export const JSON_TEXT = { type: 'text' } as const satisfies ColumnOptions;
export const varchar = (length: number) => ({ type: 'varchar', length }) as const satisfies ColumnOptions;

/** JSON stored as text, with (de)serialisation at the entity boundary. */
export const jsonTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : value === null ? null : JSON.stringify(value)),
  from: (value: string | null) => (value === null || value === undefined ? null : JSON.parse(value)),
};
