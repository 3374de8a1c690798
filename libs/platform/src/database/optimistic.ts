import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { preconditionFailed } from '../http/errors/domain-error.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

/** Thrown inside a unit of work when a row changed under it; the work may be retried. */
export class VersionConflict extends Error {
  constructor() {
    super('The record changed while it was being updated');
  }
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

/** The changes that really change something (bookkeeping such as `updatedAt` does not count). */
export function realChanges<T extends ObjectLiteral>(current: T, changes: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => key !== 'updatedAt' && value !== undefined && !same(current[key], value)),
  ) as Partial<T>;
}

/**
 * Updates a row only if it still has the version that was read (the @VersionColumn moves on by
 * itself). Throws VersionConflict when someone else wrote first, so no update is ever lost. A
 * write that changes nothing is skipped: the version stays, so other editors are not told falsely
 * that the record changed. Returns whether it wrote.
 */
export async function updateIfVersion<T extends ObjectLiteral & { id: number; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  current: T,
  changes: Partial<T>,
  /** Something kept outside the row changed (its roles, its contact media): write anyway. */
  relatedChanged = false,
): Promise<boolean> {
  if (!relatedChanged && Object.keys(realChanges(current, changes)).length === 0) return false;
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(changes as never)
    .where('id = :id AND version = :version', { id: current.id, version: current.version })
    .execute();
  if (!result.affected) throw new VersionConflict();
  return true;
}

/**
 * Checks the version a client sent (If-Match) against the stored one: a stale version is 412.
 */
export function assertVersion(expected: number | undefined, actual: number, what: string): void {
  if (expected !== undefined && expected !== actual) {
    throw preconditionFailed(
      PLATFORM_ERRORS.PRECONDITION_FAILED,
      `${what} was changed by someone else (you have version ${expected}, it is now ${actual}); reload it`,
    );
  }
}

/**
 * Runs a read-modify-write unit of work again when it lost a race. With If-Match the client asked
 * for exactly one version, so a conflict is a 412; without it, the change is reapplied on fresh data.
 */
export async function retryOnVersionConflict<T>(
  work: () => Promise<T>,
  expectedVersion: number | undefined,
  what: string,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
      if (expectedVersion !== undefined)
        throw preconditionFailed(PLATFORM_ERRORS.PRECONDITION_FAILED, `${what} was changed by someone else; reload it`);
      if (attempt >= attempts) throw error;
    }
  }
}
