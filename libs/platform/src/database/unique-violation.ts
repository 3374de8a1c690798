/**
 * Whether a failed write broke a unique key (MariaDB ER_DUP_ENTRY, SQLite UNIQUE/PRIMARY KEY).
 * Services check uniqueness before they insert, but two requests can pass that check at the same
 * time; the database then refuses the second, and that is a conflict, not a server error.
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return code === 'ER_DUP_ENTRY' || errno === 1062 || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Whether a write broke a foreign key: deleting a row others still refer to, or referring to a row
 * that is gone (a race with a delete). Services check the common cases with a clear code; this is
 * the safety net that keeps the rest a conflict instead of a server error.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  const { code, errno, message } = (error ?? {}) as { code?: unknown; errno?: unknown; message?: unknown };
  if (
    errno === 1451 ||
    errno === 1452 ||
    code === 'ER_ROW_IS_REFERENCED_2' ||
    code === 'ER_NO_REFERENCED_ROW_2' ||
    code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
  )
    return true;
  // SQLite enforces ON DELETE RESTRICT with a trigger of its own making, so that refusal comes as
  // a trigger's constraint error (with the foreign key's message), not as SQLITE_CONSTRAINT_FOREIGNKEY.
  return code === 'SQLITE_CONSTRAINT_TRIGGER' && typeof message === 'string' && message.includes('FOREIGN KEY constraint failed');
}

/**
 * Whether a write held a value longer than its column (MariaDB ER_DATA_TOO_LONG; SQLite does not
 * check). Validation bounds every attribute first; this is the net under a bound that was missed.
 */
export function isValueTooLong(error: unknown): boolean {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return code === 'ER_DATA_TOO_LONG' || errno === 1406;
}
