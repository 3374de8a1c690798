/** Driver codes of a database that cannot be reached or is not answering: the request was not wrong, the database was away. */
const UNREACHABLE_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'ER_CON_COUNT_ERROR',
  'ER_ACCESS_DENIED_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_QUERY_INTERRUPTED',
  'ER_CONNECTION_KILLED',
  'ER_ACCOUNT_HAS_BEEN_LOCKED',
  'SQLITE_BUSY',
]);
/** MariaDB errnos of the same: too many connections, access denied, shutdown, lock wait timeout, interrupted, killed, gone away, lost, account locked. */
const UNREACHABLE_ERRNOS = new Set([1040, 1045, 1053, 1205, 1317, 1927, 2006, 2013, 4151]);
/** mysql2 says some of it only in words. */
const UNREACHABLE_MESSAGE =
  /Pool is closed|connection is in closed state|Connection lost|Can't add new command when connection is in closed state|read ECONNRESET/i;

/**
 * Whether an error means the database could not be reached or did not answer in time (a lost or
 * refused connection, a lock held too long), as opposed to a query it refused. Such a failure is
 * the database's state, not the request's fault: retried where safe, answered 503 otherwise.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && typeof cause === 'object' && depth < 4; depth += 1) {
    const { code, errno, message, driverError } = cause as { code?: unknown; errno?: unknown; message?: unknown; driverError?: unknown };
    if ((typeof code === 'string' && UNREACHABLE_CODES.has(code)) || (typeof errno === 'number' && UNREACHABLE_ERRNOS.has(errno)))
      return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return true;
    cause = driverError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}

/** Waits between the attempts of a write whose connection failed (its outcome unknown). */
const RETRY_WAITS_MS = [50, 250, 1000, 2500];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a write again while the database is unreachable, for about four seconds in all: for writes
 * that are idempotent (the same write, the same outcome), whose loss would leave something stuck —
 * a lease nobody works under, an idempotency key nobody completes. Other errors are thrown at once.
 */
export async function retryWhileUnavailable<T>(write: () => Promise<T>, onFirstFailure?: (error: unknown) => void): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || attempt >= RETRY_WAITS_MS.length) throw error;
      if (attempt === 0) onFirstFailure?.(error);
      await pause(RETRY_WAITS_MS[attempt]);
    }
  }
}
