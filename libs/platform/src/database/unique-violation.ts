/**
 * Whether a failed write broke a unique key (MariaDB ER_DUP_ENTRY, SQLite UNIQUE/PRIMARY KEY).
 * Services check uniqueness before they insert, but two requests can pass that check at the same
 * time; the database then refuses the second, and that is a conflict, not a server error.
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return code === 'ER_DUP_ENTRY' || errno === 1062 || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
