import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Database } from './database.js';
import { chunked } from './raw-values.js';

/**
 * How a read locks the rows it returns until its transaction ends: `write` (`FOR UPDATE`), `read`
 * (`LOCK IN SHARE MODE`), or `write-skip-locked` (`FOR UPDATE SKIP LOCKED`: rows another
 * transaction holds are left out, for claiming work that several instances share).
 */
export type RowLockMode = 'write' | 'read' | 'write-skip-locked';

/**
 * Makes the query a locking read on MariaDB, where a locking read also sees what other
 * transactions committed after this one began. On SQLite it is left a plain read: SQLite has no
 * row locks, and its write transactions run one at a time (Database queues them), so none is needed.
 */
export function lockRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, mode: RowLockMode = 'write'): SelectQueryBuilder<T> {
  if (qb.connection.options.type === 'better-sqlite3') return qb;
  if (mode === 'read') return qb.setLock('pessimistic_read');
  qb.setLock('pessimistic_write');
  return mode === 'write-skip-locked' ? qb.setOnLocked('skip_locked') : qb;
}

/**
 * Locks the rows with these ids (`FOR UPDATE`) until the transaction ends, in id order, so that two
 * transactions locking overlapping sets take turns instead of deadlocking. Nothing to do on SQLite
 * (see lockRows).
 */
export async function lockRowsById(db: Database, entity: EntityTarget<ObjectLiteral>, ids: readonly number[]): Promise<void> {
  if (db.dialect === 'sqlite') return;
  for (const chunk of chunked([...new Set(ids)].sort((a, b) => a - b))) {
    await lockRows(
      db.repository(entity).createQueryBuilder('r').select('r.id').where('r.id IN (:...chunk)', { chunk }).orderBy('r.id', 'ASC'),
    ).getMany();
  }
}
