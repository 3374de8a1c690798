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

/**
 * For a writer about to store these ids as a reference into another lib's table (no foreign key
 * across libs): holds the rows against deletion until the transaction ends (`LOCK IN SHARE MODE`,
 * in id order) and returns the ids that exist. A delete locks its row `FOR UPDATE` before it asks
 * the referring libs (ReferenceHolders), so either it waits and then sees this reference, or this
 * waits and finds the row gone; a locking read sees the latest commit, which a plain read later in
 * a MariaDB transaction may not. On SQLite a plain read (see lockRows).
 */
export async function lockForReference(db: Database, entity: EntityTarget<ObjectLiteral>, ids: readonly number[]): Promise<Set<number>> {
  db.assertInTransaction('lockForReference');
  const held = new Set<number>();
  for (const chunk of chunked([...new Set(ids)].sort((a, b) => a - b))) {
    const qb = db
      .repository(entity)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .where('r.id IN (:...chunk)', { chunk })
      .orderBy('r.id', 'ASC');
    for (const row of await lockRows(qb, 'read').getRawMany<{ id: number | string }>()) held.add(Number(row.id));
  }
  return held;
}
